import type { ContactItem, ContactKey, ModelState } from './types';

/** One conversation as the oracle reads it. */
export interface ConversationView {
  readonly key: ContactKey;
  readonly contact: ContactItem;
  readonly groupIds: readonly number[];
  readonly standardMark: bigint;
  readonly customMark?: string;
  readonly timestamp: number;
}

/** What one user has, as the oracle reads it. */
export interface UserView {
  readonly groups: readonly { readonly id: number; readonly name: string }[];
  /** Conversations with data, in first-touched order. */
  readonly conversations: readonly ConversationView[];
}

/**
 * A read view of one user's conversation groups and conversations, for the oracle and the
 * tests; undefined when the user is not imported. Built fresh, so callers may keep it.
 */
export function userView(state: ModelState, userId: string): UserView | undefined {
  const user = state.users.get(userId);
  if (user === undefined) return undefined;
  return {
    groups: user.groups.map((group) => ({ id: group.id, name: group.name })),
    conversations: [...user.conversations].map(([key, record]) => ({
      key,
      contact: record.contact,
      groupIds: [...record.groupIds],
      standardMark: record.standardMark,
      ...(record.customMark !== undefined && { customMark: record.customMark }),
      timestamp: record.timestamp,
    })),
  };
}
