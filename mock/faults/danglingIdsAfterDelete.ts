import { contactKeyOf } from '../../lib/model/contactKeyOf';
import { cloneResponse } from './support/cloneResponse';
import { contactKeyOfItem } from './support/contactKeyOfItem';
import { fromAccountOf } from './support/fromAccountOf';
import { isRecord } from './support/isRecord';
import { isRead } from './support/isRead';
import { readItemsOf } from './support/readItemsOf';
import type { SeededFault } from './types';

/**
 * Deleting a group leaves its id in the conversations' ContactGroupId: the group
 * row is deleted but the conversation rows are never cleaned. Reads show the id.
 */
export const danglingIdsAfterDelete: SeededFault = {
  name: 'dangling-ids-after-delete',
  breaksRule: 'del.removes-group',
  description: "deleting a group leaves its id in the conversations' ContactGroupId",
  create: () => {
    /** user → ContactKey → ids of deleted groups the conversation was in. */
    const dangling = new Map<string, Map<string, Set<number>>>();
    return {
      afterModel(result, step) {
        const user = fromAccountOf(step.request.body);
        if (user === undefined || result.response.ErrorCode !== 0) return result;
        const api = step.request.api;
        if (api === 'recentcontact/del_contact_group') {
          const deleted = Array.isArray(result.response['GroupItem']) ? result.response['GroupItem'] : [];
          const record = step.modelInput.users.get(user);
          const perUser = dangling.get(user) ?? new Map<string, Set<number>>();
          dangling.set(user, perUser);
          for (const group of deleted) {
            const id = isRecord(group) ? group['GroupId'] : undefined;
            if (typeof id !== 'number' || !record) continue;
            for (const conversation of record.conversations.values()) {
              if (!conversation.groupIds.includes(id)) continue;
              const key = contactKeyOf(conversation.contact);
              perUser.set(key, (perUser.get(key) ?? new Set<number>()).add(id));
            }
          }
          return result;
        }
        const perUser = dangling.get(user);
        if (!perUser || !isRead(api)) return result;
        const response = cloneResponse(result.response);
        for (const item of readItemsOf(response, api)) {
          const ids = perUser.get(contactKeyOfItem(item) ?? '');
          if (!ids) continue;
          const shown = Array.isArray(item['ContactGroupId']) ? [...item['ContactGroupId']] : [];
          for (const id of ids) if (!shown.includes(id)) shown.push(id);
          item['ContactGroupId'] = shown;
        }
        return { ...result, response };
      },
    };
  },
};
