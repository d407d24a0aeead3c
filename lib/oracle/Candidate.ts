import type { ChoiceName, ModelState } from '../model/types';
import type { GroupIdMap } from './GroupIdMap';
import type { TimestampLedger } from './TimestampLedger';

/**
 * One model state that explains everything the oracle has seen so far, with what it assumes:
 * the fixed choice points it has pinned (a server keeps these for the run), and the
 * target-to-model GroupId pairs and last Timestamps it learned along the way.
 */
export interface Candidate {
  readonly state: ModelState;
  readonly pinned: ReadonlyMap<ChoiceName, unknown>;
  readonly ids: GroupIdMap;
  readonly stamps: TimestampLedger;
}

/**
 * A key equal for two candidates that will judge every future answer alike, so the set keeps
 * one of them. Only the users' data counts from the state (chat groups are registered the
 * same way in every candidate).
 */
export function candidateKey(candidate: Candidate): string {
  const users = [...candidate.state.users.values()]
    .map((user) => [
      user.userId,
      user.nextGroupId,
      user.groups.map((group) => `${group.id}=${group.name}`),
      [...user.conversations].map(([key, record]) => [key, record.groupIds, record.standardMark.toString(16), record.customMark ?? null]),
    ])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  return JSON.stringify([users, [...candidate.pinned].sort(), candidate.ids.toKey(), candidate.stamps.toKey()]);
}
