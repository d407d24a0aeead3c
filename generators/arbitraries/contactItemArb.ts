import fc from 'fast-check';
import type { ContactRef } from '../ContactRef';

/** The shape of a run's pool (StatefulWorld): how many peers and chat groups it has. */
export interface ContactPoolShape {
  /** C2C peers of each actor. @defaultValue 2 */
  readonly peers?: number;
  /** Chat groups; group 0 has both actors as members, the others do not (51007). @defaultValue 2 */
  readonly chatGroups?: number;
}

/**
 * Conversations from a SMALL pool, so that sequences re-add, re-remove and re-mark the
 * same conversation: C2C (Type 1) peers and group (Type 2) conversations, sometimes with a
 * chat group the actor is not in ("51007 G2C session permission verification failed",
 * notes §4.2).
 */
export function contactItemArb(pool: ContactPoolShape = {}): fc.Arbitrary<ContactRef> {
  const peers = pool.peers ?? 2;
  const chatGroups = pool.chatGroups ?? 2;
  return fc.oneof(
    // Peer 0 most of the time: collisions (re-adds, one conversation in several groups) are the point.
    { arbitrary: fc.constant<ContactRef>({ kind: 'c2c', peer: 0 }), weight: 3 },
    { arbitrary: fc.integer({ min: 0, max: peers - 1 }).map((peer): ContactRef => ({ kind: 'c2c', peer })), weight: 1 },
    { arbitrary: fc.constant<ContactRef>({ kind: 'group', group: 0 }), weight: 2 },
    { arbitrary: fc.integer({ min: 1, max: Math.max(1, chatGroups - 1) }).map((group): ContactRef => ({ kind: 'group', group })), weight: 1 },
  );
}
