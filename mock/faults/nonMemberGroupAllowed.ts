import type { ChatGroup, ModelState } from '../../lib/model/types';
import { fromAccountOf } from './support/fromAccountOf';
import { isRecord } from './support/isRecord';
import { isRecentContact } from './support/isRead';
import type { SeededFault } from './types';

/** ToGroupId of every Type 2 ContactItem in a body, however deep (bounded). */
function groupIdsIn(value: unknown, depth = 0, found = new Set<string>()): Set<string> {
  if (depth > 8) return found;
  if (Array.isArray(value)) for (const item of value) groupIdsIn(item, depth + 1, found);
  else if (isRecord(value)) {
    if (value['Type'] === 2 && typeof value['ToGroupId'] === 'string') found.add(value['ToGroupId']);
    for (const child of Object.values(value)) if (typeof child === 'object') groupIdsIn(child, depth + 1, found);
  }
  return found;
}

/**
 * A Type 2 conversation with a chat group the user is not in (or a destroyed one) is
 * accepted: the permission check is skipped (51007 "G2C session permission verification
 * failed"). Done by letting the model see the user as a member for this one call.
 */
export const nonMemberGroupAllowed: SeededFault = {
  name: 'non-member-group-allowed',
  breaksRule: 'update.contacts.not-member.51007',
  description: 'accepts a Type 2 conversation of a group the user is not in, or a destroyed group (51007 missing)',
  create: () => {
    let real: Pick<ModelState, 'chatGroups' | 'chatGroupSeq'> | undefined;
    return {
      beforeModel(state, request) {
        real = undefined;
        const user = fromAccountOf(request.body);
        if (!isRecentContact(request.api) || user === undefined) return { state, request };
        const ids = groupIdsIn(request.body);
        if (ids.size === 0) return { state, request };
        real = { chatGroups: state.chatGroups, chatGroupSeq: state.chatGroupSeq };
        const chatGroups = new Map(state.chatGroups);
        for (const id of ids) {
          const group: ChatGroup = chatGroups.get(id) ?? { groupId: id, type: 'Public', name: id, members: new Set<string>() };
          chatGroups.set(id, { ...group, members: new Set([...group.members, user]) });
        }
        return { state: { ...state, chatGroups }, request };
      },
      afterModel(result) {
        // The conversation-group APIs never change chat groups: put the real ones back.
        return real ? { ...result, state: { ...result.state, ...real } } : result;
      },
    };
  },
};
