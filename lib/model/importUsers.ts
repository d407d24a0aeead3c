import type { ModelState, UserRecord } from './types';

/** One account to import, with the optional profile fields of account_import. */
export interface AccountToImport {
  readonly userId: string;
  readonly nick?: string;
  readonly faceUrl?: string;
}

/**
 * Imports accounts. "If the same account is imported to Chat repeatedly, only one internal
 * ID will be created" (notes §7.1): an existing user keeps its groups and conversations and
 * only takes the profile fields that were sent. Each account is one O(log users) write of the
 * persistent users map (PersistentMap.ts), so an import costs the same at 100 users as at 100k.
 */
export function importUsers(state: ModelState, accounts: readonly AccountToImport[]): ModelState {
  if (accounts.length === 0) return state;
  let users = state.users;
  for (const account of accounts) {
    const existing = users.get(account.userId);
    const base: UserRecord = existing ?? { userId: account.userId, groups: [], conversations: new Map(), nextGroupId: 1 };
    users = users.set(account.userId, {
      ...base,
      ...(account.nick !== undefined && { nick: account.nick }),
      ...(account.faceUrl !== undefined && { faceUrl: account.faceUrl }),
    });
  }
  return { ...state, users };
}
