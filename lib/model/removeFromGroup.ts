import type { HandlerContext } from './HandlerContext';
import type { ItemFailure } from './itemFailure';
import type { ConversationRecord } from './types';

/**
 * The change "remove this conversation from group `groupId`" (ContactOptType 2 "Deleting a
 * conversation from a group"). Removing a non-member is undocumented (`removeNonMember`).
 */
export function removeFromGroup(groupId: number, ctx: HandlerContext): (current: ConversationRecord) => ConversationRecord | ItemFailure {
  return (current) => {
    if (!current.groupIds.includes(groupId)) {
      return ctx.choice('removeNonMember') === 'ok' ? current : { condition: 'membership', code: ctx.undocumentedCode() };
    }
    return { ...current, groupIds: current.groupIds.filter((id) => id !== groupId) };
  };
}
