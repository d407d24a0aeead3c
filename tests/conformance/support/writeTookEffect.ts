/**
 * Whether a write did what it asked, judged the way a client must judge it behind a network
 * that loses answers: an OK answer (no top-level or item error) says so; any other answer to a
 * call the client had to send more than once may describe the repeat, not the request (its own
 * earlier attempt was applied, and the repeat then met a duplicate name, a missing old name, a
 * conversation already in the group, ...), so the state is read back and decides. A non-OK
 * answer to a call sent once is the target's answer, and is never explained away.
 */
import type { ApiPath } from '../../../lib/apis';
import type { Envelope } from '../../../lib/client/types';
import { answeredAfterRetry } from './answeredAfterRetry';
import { failPrecondition, preconditionHeld } from './failPrecondition';
import { describeRejection, rejectionOf } from './rejectionOf';

/** How a write ended: done (by its answer, or by the read-back after retries), or not, with what was seen. */
export interface WriteOutcome {
  answer: Envelope;
  done: boolean;
  /** True when the answer was not OK, the call had been retried, and the read-back showed the change. */
  readBack: boolean;
  /** The answer in words, e.g. `OK (accepted)` or `ErrorCode 51009 after retries; the change shows in a read-back`. */
  seen: string;
}

/** Judges `answer` to a write of `api`; `changeShows` reads the state back and says whether the write's effect is there. */
export async function writeTookEffect(api: ApiPath, answer: Envelope, changeShows: () => Promise<boolean>): Promise<WriteOutcome> {
  const rejection = rejectionOf(api, answer);
  const said = describeRejection(rejection);
  if (rejection.where === 'none') return { answer, done: true, readBack: false, seen: said };
  if (!answeredAfterRetry(answer)) return { answer, done: false, readBack: false, seen: said };
  const shows = await changeShows();
  return { answer, done: shows, readBack: shows, seen: `${said} after retries; the change ${shows ? 'shows' : 'does not show'} in a read-back` };
}

/**
 * For a write a test builds on: records the rule as held when it took effect, else fails the test
 * against that rule (failPrecondition.ts), not against the rules the test set out to check.
 */
export async function requireWrite(rule: string, expected: string, outcome: WriteOutcome): Promise<WriteOutcome> {
  if (!outcome.done) return failPrecondition(rule, expected, outcome.seen);
  preconditionHeld(rule);
  return outcome;
}
