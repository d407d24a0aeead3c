/**
 * A curl command that replays one recorded exchange. The UserSig stays out of
 * it: the command reads it from `$USERSIG`, so a reader signs their own.
 */
import type { TranscriptEntry } from './types';
import { REDACTED, redactUrl } from './redact';

/** Quotes `text` for a POSIX shell: single quotes, with each `'` written as `'\''`. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * e.g. `curl -sS -X POST 'https://host/v4/recentcontact/mark_contact?sdkappid=1&identifier=admin&usersig='"$USERSIG"'&random=7&contenttype=json' -H 'Content-Type: application/json' --data-raw '{"From_Account":"a"}'`
 */
export function toCurl(entry: Pick<TranscriptEntry, 'url' | 'requestBody'>): string {
  // Redact again: an entry built by hand (not through Transcript) must not leak either.
  const url = redactUrl(entry.url);
  const marker = `usersig=${REDACTED}`;
  const at = url.toLowerCase().indexOf(marker.toLowerCase());
  const quotedUrl =
    at < 0 ? shellQuote(url) : `${shellQuote(url.slice(0, at + marker.length - REDACTED.length))}"$USERSIG"${shellQuote(url.slice(at + marker.length))}`;
  return `curl -sS -X POST ${quotedUrl} -H 'Content-Type: application/json' --data-raw ${shellQuote(entry.requestBody)}`;
}
