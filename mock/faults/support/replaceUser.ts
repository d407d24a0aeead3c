import type { ModelState, UserRecord } from '../../../lib/model/types';

/** The state with one user's record replaced (the model's state is immutable). */
export function replaceUser(state: ModelState, user: UserRecord): ModelState {
  return { ...state, users: state.users.set(user.userId, user) };
}
