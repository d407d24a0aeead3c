import type { TranscriptEntry } from '../../client/types';

/**
 * Which recorded call a failure's first-screen curl command reproduces, as an index into
 * `exchanges`, or -1 when none was recorded. A test's transcript also holds its fixture calls
 * (user import, chat groups) and its teardown, so "the last call" is often an account_delete.
 * The latest call to the rule's own endpoint is the call the rule is about (for a read-back
 * test, the write whose effect was read back; for a stateful run, which stops at its diverging
 * step, that step's call); failing that, the latest conversation-group call; failing that, the
 * latest call. "Latest" is the highest `seq`, not the last position: a stateful transcript can
 * list the shrunk run's calls before those of an earlier run.
 * The documents say nothing here: this is the report's choice, and the card names the call.
 */
export function keyExchangeIndex(endpoint: string, exchanges: readonly TranscriptEntry[]): number {
  const latest = (matches: (entry: TranscriptEntry) => boolean) =>
    exchanges.reduce((best, entry, i) => (matches(entry) && (best < 0 || entry.seq >= exchanges[best]!.seq) ? i : best), -1);
  const own = latest((x) => x.api === endpoint);
  if (own >= 0) return own;
  const group = latest((x) => x.api.startsWith('recentcontact/'));
  return group >= 0 ? group : latest(() => true);
}
