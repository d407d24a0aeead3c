/**
 * What a failed assertion actually saw, as one short line for the report's "actual".
 * Playwright's expect errors carry `matcherResult.actual`; that value reads better than
 * the diff in the message (`[1,3,40]` instead of `expect(received).toEqual(expected) …`).
 * A boolean says nothing (`false`): a verdict check (`expect(verdict.ok, verdict.seen)`) puts
 * what was seen in its message, so booleans, like other errors, fall back to the first lines of
 * the message, colour codes removed.
 */
export function describeAssertionFailure(error: unknown): string {
  const matcher = (error as { matcherResult?: { actual?: unknown } } | undefined)?.matcherResult;
  if (matcher && 'actual' in matcher && typeof matcher.actual !== 'boolean') {
    const text = JSON.stringify(matcher.actual, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value));
    if (text !== undefined) return text;
  }
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\u001b\[\d+m/g, '').split('\n').filter(Boolean).slice(0, 6).join(' ');
}
