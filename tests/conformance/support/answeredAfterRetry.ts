/**
 * Which answers came after the client sent the call more than once. The client retries lost
 * answers, HTTP 5xx, timeouts and the retryable ErrorCodes (lib/client/ChatClient.ts; `attempts`
 * in CallOutcome, lib/client/types.ts), so for a write an earlier attempt may already have been
 * applied, and the final answer may describe the repeat (a create answered with the duplicate-name
 * rejection of its own group, a rename answered 51009 because the old name is gone) rather than
 * the request. The `call` fixture notes the attempts here; the envelope itself stays exactly what
 * the target sent, so schema checks and reports never see a field of ours.
 */
import type { Envelope } from '../../../lib/client/types';

const attemptsByAnswer = new WeakMap<Envelope, number>();

/** Records how many attempts the call that got `body` took (the fixture calls this once per answer). */
export function noteAttempts(body: Envelope, attempts: number): void {
  attemptsByAnswer.set(body, attempts);
}

/** True when `body` answered a call the client sent more than once. */
export function answeredAfterRetry(body: Envelope): boolean {
  return (attemptsByAnswer.get(body) ?? 1) > 1;
}

/** True when `body` is a FAIL envelope that came only after retries: it may be the repeat's answer, not the request's. */
export function failedAfterRetry(body: Envelope): boolean {
  return body.ErrorCode !== 0 && answeredAfterRetry(body);
}
