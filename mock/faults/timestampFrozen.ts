import { contactKeyOf } from '../../lib/model/contactKeyOf';
import { cloneResponse } from './support/cloneResponse';
import { contactKeyOfItem } from './support/contactKeyOfItem';
import { fromAccountOf } from './support/fromAccountOf';
import { isRead, isRecentContact } from './support/isRead';
import { readItemsOf } from './support/readItemsOf';
import type { SeededFault } from './types';

/**
 * Timestamp never moves after it is first set ("Timestamp … Last update timestamp of the
 * conversation group", notes §2.2): reads keep showing the first value the model gave.
 */
export const timestampFrozen: SeededFault = {
  name: 'timestamp-frozen',
  breaksRule: 'mark.timestamp.moves',
  description: 'Timestamp never moves after it is first set',
  create: () => {
    /** user → ContactKey → first Timestamp. */
    const frozen = new Map<string, Map<string, number>>();
    return {
      afterModel(result, step) {
        const user = fromAccountOf(step.request.body);
        const record = user === undefined ? undefined : result.state.users.get(user);
        if (!isRecentContact(step.request.api) || user === undefined || !record) return result;
        const first = frozen.get(user) ?? new Map<string, number>();
        frozen.set(user, first);
        for (const key of first.keys()) if (!record.conversations.has(key as never)) first.delete(key);
        for (const conversation of record.conversations.values()) {
          const key = contactKeyOf(conversation.contact);
          if (!first.has(key)) first.set(key, conversation.timestamp);
        }
        if (!isRead(step.request.api)) return result;
        const response = cloneResponse(result.response);
        for (const item of readItemsOf(response, step.request.api)) {
          const stamp = first.get(contactKeyOfItem(item) ?? '');
          if (stamp !== undefined && 'Timestamp' in item) item['Timestamp'] = stamp;
        }
        return { ...result, response };
      },
    };
  },
};
