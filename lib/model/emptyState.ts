import { PersistentMap } from './PersistentMap';
import type { ModelState } from './types';

/** The world before any call: no imported users, no chat groups. */
export function emptyState(): ModelState {
  return { users: PersistentMap.empty(), chatGroups: new Map(), chatGroupSeq: 0 };
}
