import { cloneResponse } from './support/cloneResponse';
import { fromAccountOf } from './support/fromAccountOf';
import { isRecord } from './support/isRecord';
import { isRead } from './support/isRead';
import { readGroupItemsOf } from './support/readItemsOf';
import type { SeededFault } from './types';

/**
 * Once a group has been renamed twice, reads keep showing the name from its first
 * rename (a cache filled on the first rename and never refreshed). The update
 * answer itself is right.
 */
export const staleNameAfterRenameChain: SeededFault = {
  name: 'stale-name-after-rename-chain',
  breaksRule: 'update.rename.reads-show-new-name',
  description: 'after a second rename, search/get GroupItem keep showing the name from the first rename',
  create: () => {
    /** user → GroupId → renames seen and the name the first one gave. */
    const cache = new Map<string, Map<number, { renames: number; firstName: string }>>();
    return {
      afterModel(result, step) {
        const user = fromAccountOf(step.request.body);
        if (user === undefined || result.response.ErrorCode !== 0) return result;
        const groups = cache.get(user) ?? new Map<number, { renames: number; firstName: string }>();
        cache.set(user, groups);
        const api = step.request.api;
        const update = result.response['UpdateGroupResult'];
        if (api === 'recentcontact/update_contact_group' && isRecord(update) && update['UpdateGroupType'] === 1) {
          const id = update['GroupId'];
          const name = update['GroupName'];
          if (typeof id === 'number' && typeof name === 'string') {
            const seen = groups.get(id);
            groups.set(id, seen ? { ...seen, renames: seen.renames + 1 } : { renames: 1, firstName: name });
          }
          return result;
        }
        if (api === 'recentcontact/del_contact_group' || api === 'recentcontact/create_contact_group') {
          // A deleted group's id may be handed out again: forget it.
          const ids = JSON.stringify(result.response).match(/"GroupId":\d+/g) ?? [];
          for (const id of ids) groups.delete(Number(id.slice(10)));
          return result;
        }
        if (!isRead(api)) return result;
        const response = cloneResponse(result.response);
        for (const item of readGroupItemsOf(response)) {
          const seen = typeof item['GroupId'] === 'number' ? groups.get(item['GroupId']) : undefined;
          if (seen && seen.renames >= 2) item['GroupName'] = seen.firstName;
        }
        return { ...result, response };
      },
    };
  },
};
