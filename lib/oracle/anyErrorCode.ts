/**
 * The oracle's stand-in for "any failure code": the value it gives the choice point
 * `undocumentedErrorCode` (a rejection the documents give no code for). compareAnswer accepts
 * any non-zero integer where the model's answer holds it. Never a real code: real codes are
 * positive.
 */
export const ANY_ERROR_CODE = -1;

/** True when `actual` is an acceptable code where the model expects `expected`. */
export function codeMatches(expected: unknown, actual: unknown): boolean {
  if (expected === ANY_ERROR_CODE) return Number.isSafeInteger(actual) && actual !== 0;
  return Object.is(expected, actual);
}
