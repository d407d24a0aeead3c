import type { HandlerContext } from './HandlerContext';
import type { ItemFailure } from './itemFailure';
import type { ConversationRecord } from './types';

/**
 * The change "add this conversation to group `groupId`" for UserDraft.changeConversation
 * (update_contact_group ContactOptType 1 "Adding a conversation to a group", and the
 * create_contact_group initial ContactItem list). Re-adding is undocumented (`reAddMember`).
 */
export function addToGroup(groupId: number, ctx: HandlerContext): (current: ConversationRecord) => ConversationRecord | ItemFailure {
  return (current) => {
    if (current.groupIds.includes(groupId)) {
      return ctx.choice('reAddMember') === 'ok' ? current : { condition: 'membership', code: ctx.undocumentedCode() };
    }
    return { ...current, groupIds: [...current.groupIds, groupId] };
  };
}
