import type { TranscriptEntry } from '../client/types';

/**
 * A plain curl reproducer for one recorded exchange, used when lib/client/toCurl.ts
 * cannot be loaded. The URL is taken from the transcript, where `usersig` is already
 * `<redacted>`; the reader substitutes a fresh UserSig.
 */
export function minimalCurl(entry: TranscriptEntry): string {
  const quote = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;
  return `curl -sS -X POST ${quote(entry.url)} -H 'Content-Type: application/json' --data-raw ${quote(entry.requestBody)}`;
}
