import type { ModelState, UserRecord } from '../../../lib/model/types';

/** The state with one user's record replaced (the model's state is immutable). */
export function replaceUser(state: ModelState, user: UserRecord): ModelState {
  const users = new Map(state.users);
  users.set(user.userId, user);
  return { ...state, users };
}
