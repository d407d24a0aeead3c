/**
 * Secret removal, applied when an exchange is recorded, so that no transcript,
 * report, trace or curl line can ever hold the SecretKey or a UserSig.
 */

/** What a secret is replaced with. */
export const REDACTED = '<redacted>';

/** Replaces every occurrence of each non-empty secret in `text`, longest first. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let result = text;
  const ordered = [...new Set(secrets.filter((s) => s.length > 0))].sort((a, b) => b.length - a.length);
  for (const secret of ordered) result = result.split(secret).join(REDACTED);
  return result;
}

/**
 * Replaces the value of the `usersig` query parameter (any case) with `<redacted>`,
 * keeping the rest of the URL byte for byte so it stays readable.
 */
export function redactUrl(url: string): string {
  return url.replace(/([?&]usersig=)[^&#]*/gi, `$1${REDACTED}`);
}
