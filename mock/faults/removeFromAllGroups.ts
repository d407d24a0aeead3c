import { contactKeyOf } from '../../lib/model/contactKeyOf';
import { contactKeyOfItem } from './support/contactKeyOfItem';
import { fromAccountOf } from './support/fromAccountOf';
import { isRecord } from './support/isRecord';
import type { SeededFault } from './types';

/**
 * ContactOptType 2 removes the conversation from every group of the user, not only
 * the named one ("2: Delete a conversation from a group", update_contact_group.page.txt).
 * The extra removals are done as model steps, so they look like real ones.
 */
export const removeFromAllGroups: SeededFault = {
  name: 'remove-from-all-groups',
  breaksRule: 'update.contacts.only-named-group',
  description: 'ContactOptType 2 removes the conversation from every group of the user, not only the named one',
  create: () => ({
    afterModel(result, step, context) {
      const body = step.request.body;
      const user = fromAccountOf(body);
      const update = result.response['UpdateGroupResult'];
      if (step.request.api !== 'recentcontact/update_contact_group' || user === undefined || result.response.ErrorCode !== 0) return result;
      if (!isRecord(update) || !Array.isArray(update['ContactResultItem'])) return result;
      const named = update['GroupId'];
      let state = result.state;
      for (const item of update['ContactResultItem']) {
        if (!isRecord(item) || item['ContactOptType'] !== 2 || item['ResultCode'] !== 0) continue;
        const key = contactKeyOfItem(item['ContactItem']);
        const record = state.users.get(user);
        const conversation = record && [...record.conversations.values()].find((c) => contactKeyOf(c.contact) === key);
        if (!record || !conversation) continue;
        for (const groupId of conversation.groupIds) {
          const group = record.groups.find((g) => g.id === groupId);
          if (!group || groupId === named) continue;
          const removal = context.apply(state, {
            api: 'recentcontact/update_contact_group',
            now: step.request.now,
            body: { From_Account: user, UpdateType: 1, UpdateGroup: { UpdateGroupType: 2, OldGroupName: group.name, ContactUpdateItem: [{ ContactOptType: 2, ContactItem: conversation.contact }] } },
          });
          if (removal.response.ErrorCode === 0) state = removal.state;
        }
      }
      return { ...result, state };
    },
  }),
};
