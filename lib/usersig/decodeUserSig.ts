/**
 * Decodes a UserSig back to its JSON document: reverse the character map,
 * base64-decode, zlib-inflate, JSON-parse (tencent-chat-api-notes.md §6.1,
 * "Verification … reverse the char map, base64-decode, zlib-inflate, JSON-parse").
 */
import { inflateSync } from 'node:zlib';
import { fromUserSigBase64 } from './userSigBase64';

/** The fields of a decoded TLSSigAPIv2 document that verification needs. */
export interface UserSigDocument {
  'TLS.ver': string;
  'TLS.identifier': string;
  'TLS.sdkappid': number;
  'TLS.time': number;
  'TLS.expire': number;
  'TLS.sig': string;
  'TLS.userbuf'?: string;
}

/** The decoded document, or why it could not be decoded. */
export type DecodedUserSig = { ok: true; document: UserSigDocument } | { ok: false; reason: string };

/** Decodes without checking the signature. Never throws. */
export function decodeUserSig(userSig: string): DecodedUserSig {
  if (typeof userSig !== 'string' || userSig.length === 0) return { ok: false, reason: 'empty UserSig' };
  const compressed = fromUserSigBase64(userSig);
  if (!compressed || compressed.length === 0) return { ok: false, reason: 'not UserSig base64' };
  let json: string;
  try {
    json = inflateSync(compressed).toString('utf8');
  } catch {
    return { ok: false, reason: 'not a zlib stream' };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { ok: false, reason: 'not a JSON object' };
  const doc = parsed as Record<string, unknown>;
  // Why Number.isFinite, not integer: the Go library writes sdkappid as a JSON number too; a string there is malformed.
  for (const key of ['TLS.sdkappid', 'TLS.time', 'TLS.expire'] as const) {
    if (typeof doc[key] !== 'number' || !Number.isFinite(doc[key])) return { ok: false, reason: `missing or non-numeric ${key}` };
  }
  for (const key of ['TLS.identifier', 'TLS.sig'] as const) {
    if (typeof doc[key] !== 'string') return { ok: false, reason: `missing ${key}` };
  }
  if (doc['TLS.userbuf'] !== undefined && typeof doc['TLS.userbuf'] !== 'string') return { ok: false, reason: 'non-string TLS.userbuf' };
  return {
    ok: true,
    document: {
      'TLS.ver': typeof doc['TLS.ver'] === 'string' ? doc['TLS.ver'] : '',
      'TLS.identifier': doc['TLS.identifier'] as string,
      'TLS.sdkappid': doc['TLS.sdkappid'] as number,
      'TLS.time': doc['TLS.time'] as number,
      'TLS.expire': doc['TLS.expire'] as number,
      'TLS.sig': doc['TLS.sig'] as string,
      ...(doc['TLS.userbuf'] !== undefined ? { 'TLS.userbuf': doc['TLS.userbuf'] as string } : {}),
    },
  };
}
