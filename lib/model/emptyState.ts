import type { ModelState } from './types';

/** The world before any call: no imported users, no chat groups. */
export function emptyState(): ModelState {
  return { users: new Map(), chatGroups: new Map(), chatGroupSeq: 0 };
}
