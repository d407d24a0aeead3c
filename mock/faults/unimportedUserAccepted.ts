import { cloneResponse } from './support/cloneResponse';
import { fromAccountOf } from './support/fromAccountOf';
import { isRecord } from './support/isRecord';
import { isRecentContact } from './support/isRead';
import type { SeededFault } from './types';

/** UserIDs named by an account_import / multiaccount_import / account_delete body (notes §7.1-7.3). */
function userIdsIn(body: unknown): string[] {
  if (!isRecord(body)) return [];
  const ids: unknown[] = [body['UserID']];
  for (const list of [body['Accounts'], body['AccountList'], body['DeleteItem']]) {
    if (Array.isArray(list)) for (const entry of list) ids.push(isRecord(entry) ? entry['UserID'] : entry);
  }
  return ids.filter((id): id is string => typeof id === 'string');
}

/**
 * A From_Account that was never imported is accepted (50001 "The requested user account
 * is not imported"): the user is silently created on first use. account_check still
 * reports such a user NotImported, so only the 50001 rule changes.
 */
export const unimportedUserAccepted: SeededFault = {
  name: 'unimported-user-accepted',
  breaksRule: 'update.not-imported.50001',
  description: 'accepts a From_Account that was never imported (50001 missing)',
  create: () => {
    const phantoms = new Set<string>();
    return {
      beforeModel(state, request, context) {
        const user = fromAccountOf(request.body);
        if (!isRecentContact(request.api) || user === undefined || state.users.has(user)) return { state, request };
        const imported = context.apply(state, { api: 'im_open_login_svc/account_import', body: { UserID: user }, now: request.now });
        if (imported.response.ErrorCode !== 0) return { state, request };
        phantoms.add(user);
        return { state: imported.state, request };
      },
      afterModel(result, step) {
        const api = step.request.api;
        if (api !== 'im_open_login_svc/account_check') {
          // A real import (or delete) of a phantom makes it an ordinary user again.
          for (const id of userIdsIn(step.request.body)) phantoms.delete(id);
          return result;
        }
        if (phantoms.size === 0 || !Array.isArray(result.response['ResultItem'])) return result;
        const response = cloneResponse(result.response);
        for (const item of response['ResultItem'] as unknown[]) {
          if (isRecord(item) && typeof item['UserID'] === 'string' && phantoms.has(item['UserID'])) item['AccountStatus'] = 'NotImported';
        }
        return { ...result, response };
      },
    };
  },
};
