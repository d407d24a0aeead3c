/**
 * The outcome ServerErrorPolicy gives a call whose HTTP 5xx answer is the target's
 * steady answer to that request, not a glitch: a `malformed` answer (an answer, but not
 * HTTP 200 + a JSON object), which the suite reports as a failed rule.
 *
 * Why a failure: "The returned HTTP status code for this API is always 200 unless a network
 * error (such as error 502) occurs" (update_contact_group.page.txt "Error Codes"; notes §1.2),
 * and a network error does not repeat on one request while the same target answers the
 * control call normally.
 */
import type { CallOutcome } from './types';

/** The words every such verdict starts with; reports and tests look for them. */
export const SERVER_ERROR_ON_DOCUMENTED_INPUT = 'server error on documented input';

/** An inconclusive call whose last attempt was answered with HTTP 5xx (not a reset or a timeout). */
export type ServerErrorOutcome = Extract<CallOutcome, { kind: 'inconclusive' }> & { lastHttpStatus: number };

/** True when the call ended inconclusive on an HTTP 5xx answer. */
export function isServerErrorAnswer(outcome: CallOutcome): outcome is ServerErrorOutcome {
  return outcome.kind === 'inconclusive' && outcome.lastHttpStatus !== undefined && outcome.lastHttpStatus >= 500;
}

/** True when `outcome` is a verdict made by {@link serverErrorVerdict}. */
export function isServerErrorVerdict(outcome: CallOutcome): outcome is Extract<CallOutcome, { kind: 'malformed' }> {
  return outcome.kind === 'malformed' && outcome.reason.startsWith(SERVER_ERROR_ON_DOCUMENTED_INPUT);
}

/**
 * The verdict, e.g. `server error on documented input: HTTP 500 "Internal Server Error"
 * (repeated 3 times; control call answered OK)`.
 *
 * @param last - the last server-error answer to the request (its body is already redacted by the client)
 * @param repeats - how many server-error answers in a row the request got
 * @param attempts - HTTP attempts of the request in total, retries included
 * @param elapsedMs - time spent on the request, re-sends and the control call included
 */
export function serverErrorVerdict(last: ServerErrorOutcome, repeats: number, attempts: number, elapsedMs: number): Extract<CallOutcome, { kind: 'malformed' }> {
  const body = last.lastBody ?? '';
  const shown = body.length > 120 ? `${body.slice(0, 120)}…` : body;
  return {
    kind: 'malformed',
    httpStatus: last.lastHttpStatus,
    rawBody: body,
    reason: `${SERVER_ERROR_ON_DOCUMENTED_INPUT}: HTTP ${last.lastHttpStatus} ${JSON.stringify(shown)} (repeated ${repeats} times; control call answered OK)`,
    attempts,
    elapsedMs,
  };
}
