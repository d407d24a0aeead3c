import type { HandlerContext } from './HandlerContext';
import { MEMBERSHIP_ITEM_ERROR } from './itemFailure';
import type { ConversationRecord } from './types';
import type { ItemCode } from './UserDraft';

/**
 * The change "remove this conversation from group `groupId`" (ContactOptType 2 "Deleting a
 * conversation from a group"). Removing a non-member is undocumented (`removeNonMember`).
 */
export function removeFromGroup(groupId: number, ctx: HandlerContext): (current: ConversationRecord) => ConversationRecord | ItemCode {
  return (current) => {
    if (!current.groupIds.includes(groupId)) {
      return ctx.choice('removeNonMember') === 'ok' ? current : MEMBERSHIP_ITEM_ERROR;
    }
    return { ...current, groupIds: current.groupIds.filter((id) => id !== groupId) };
  };
}
