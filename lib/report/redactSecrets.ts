/**
 * The last line of defence before a report reaches disk: transcripts are already
 * redacted by the client when they are recorded, but a secret could still arrive
 * through an error message or an attachment. Nothing secret may be written
 * (house rule: "No secret key or UserSig may ever appear in a log, report, trace").
 */
import { REDACTED, redactSecrets as redactLiterals } from '../client/redact';

export { REDACTED };

export interface RedactOptions {
  /**
   * Literal secrets to remove, e.g. the configured CHAT_SECRET_KEY. Values shorter
   * than `minSecretLength` are ignored, so an unset or toy key cannot shred the report.
   * @defaultValue []
   */
  secrets?: readonly (string | undefined)[];
  /** @defaultValue 8 */
  minSecretLength?: number;
}

/**
 * A UserSig is zlib + base64 with `+/=` mapped to `*-_` (tencent-chat-api-notes.md §6.1 step 6:
 * "Result contains only `[A-Za-z0-9*\-_]`"); a zlib stream with the default header starts `x\x9c`,
 * which base64 renders as `eJ`. 40 characters is far below any real UserSig (~140+).
 */
const USERSIG_TOKEN = /(?<![A-Za-z0-9*\-_])eJ[A-Za-z0-9*\-_]{38,}/g;
/** `usersig=<value>` in a URL or curl line, and `"usersig": "<value>"` in JSON; case-insensitive. */
const USERSIG_QUERY = /(usersig=)(?!<redacted>|&lt;redacted&gt;)[^&\s"'<>\\]+/gi;
const USERSIG_JSON = /("usersig"\s*:\s*")(?!<redacted>)[^"\\]+/gi;

/** Returns `text` with every secret and anything that looks like a UserSig replaced by {@link REDACTED}. */
export function redactSecrets(text: string, options: RedactOptions = {}): string {
  const minLength = options.minSecretLength ?? 8;
  const secrets = (options.secrets ?? []).filter((secret): secret is string => secret !== undefined && secret.length >= minLength);
  // The same secret may sit in the file raw, JSON-escaped or HTML-escaped.
  const forms = secrets.flatMap((secret) => [secret, JSON.stringify(secret).slice(1, -1), htmlForm(secret)]);
  return redactLiterals(text, forms).replace(USERSIG_QUERY, `$1${REDACTED}`).replace(USERSIG_JSON, `$1${REDACTED}`).replace(USERSIG_TOKEN, REDACTED);
}

function htmlForm(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}
