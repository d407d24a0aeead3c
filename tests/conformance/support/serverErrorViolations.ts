/**
 * The rules a server-error verdict (lib/client/serverErrorVerdict.ts) breaks: the envelope rule
 * (update_contact_group.page.txt "Error Codes": "The returned HTTP status code for this API is
 * always 200 unless a network error (such as error 502) occurs") and every rule the test checks,
 * since the target answered the documented input of that rule with a server error instead of
 * its documented answer. Pure: the fixture attaches and throws.
 */
import type { ApiPath } from '../../../lib/apis';
import type { CallOutcome } from '../../../lib/client/types';
import type { Violation } from './envelopeViolations';

/** The envelope violation first (the fixture appends `(from api)` to it), then one per rule of the test. */
export function serverErrorViolations(api: ApiPath, verdict: Extract<CallOutcome, { kind: 'malformed' }>, testRules: readonly string[]): Violation[] {
  const envelopeRule = verdict.httpStatus !== 200 ? 'envelope.http-200' : 'envelope.json-object';
  const first: Violation = { rule: envelopeRule, expected: 'HTTP 200 with a JSON object body', actual: verdict.reason };
  const others = [...new Set(testRules)]
    .filter((rule) => rule !== envelopeRule)
    .map((rule): Violation => ({ rule, expected: `the documented answer to this request`, actual: `${verdict.reason} (from ${api})` }));
  return [first, ...others];
}
