/**
 * Secret removal, applied when an exchange is recorded, so that no transcript,
 * report, trace or curl line can ever hold the SecretKey or a UserSig.
 */

/** What a secret is replaced with. */
export const REDACTED = '<redacted>';

/**
 * The distinct non-empty secrets, longest first: a secret that contains another must be replaced
 * before the shorter one cuts it in two. Callers that redact often keep this list and pass it to
 * {@link redactOrdered}, instead of re-sorting on every call.
 */
export function orderSecrets(secrets: Iterable<string>): string[] {
  return [...new Set([...secrets].filter((s) => s.length > 0))].sort((a, b) => b.length - a.length);
}

/**
 * Replaces every occurrence of each secret in `text`; `ordered` must come from {@link orderSecrets}.
 * Why the `includes` test first: almost no text holds a secret, and a scan allocates nothing, where
 * split/join copies the whole text every time.
 */
export function redactOrdered(text: string, ordered: readonly string[]): string {
  let result = text;
  for (const secret of ordered) if (result.includes(secret)) result = result.split(secret).join(REDACTED);
  return result;
}

/** Replaces every occurrence of each non-empty secret in `text`, longest first. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  return redactOrdered(text, orderSecrets(secrets));
}

/**
 * Replaces the value of the `usersig` query parameter (any case) with `<redacted>`,
 * keeping the rest of the URL byte for byte so it stays readable.
 */
export function redactUrl(url: string): string {
  return url.replace(/([?&]usersig=)[^&#]*/gi, `$1${REDACTED}`);
}
