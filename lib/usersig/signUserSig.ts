/**
 * TLSSigAPIv2 UserSig generation, a port of the official libraries
 * (tencent-chat-api-notes.md §6.1; npm tls-sig-api-v2 1.0.2 TLSSigAPIv2.js).
 */
import { createHmac } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { toUserSigBase64 } from './userSigBase64';

/** What a UserSig is made from. */
export interface SignUserSigParams {
  sdkAppId: number;
  /** The app's SecretKey, used as the HMAC key as UTF-8 text (§6.1 step 3: "NOT hex-decoded"). */
  secretKey: string;
  /** The UserID the sig is for; REST calls sign as the App admin. */
  identifier: string;
  /** Validity duration in seconds, not an absolute time (§6.1 step 1). */
  expireSeconds: number;
  /** Unix seconds at signing; injected so signing is deterministic. */
  now: number;
}

/**
 * The base64 HMAC-SHA256 over the content lines, in the exact order
 * identifier → sdkappid → time → expire, each LF-terminated (§6.1 step 2).
 */
export function userSigHmac(p: {
  sdkAppId: number;
  secretKey: string;
  identifier: string;
  time: number;
  expire: number;
  /** Base64 userbuf (PrivateMapKey); adds the optional last line when present. */
  userbuf?: string;
}): string {
  const content =
    `TLS.identifier:${p.identifier}\n` +
    `TLS.sdkappid:${p.sdkAppId}\n` +
    `TLS.time:${p.time}\n` +
    `TLS.expire:${p.expire}\n` +
    (p.userbuf !== undefined ? `TLS.userbuf:${p.userbuf}\n` : '');
  return createHmac('sha256', Buffer.from(p.secretKey, 'utf8')).update(content, 'utf8').digest('base64');
}

/**
 * Signs a UserSig: JSON document (node key order: ver, identifier, sdkappid,
 * time, expire, sig), zlib deflate, base64 with the UserSig character map.
 */
export function signUserSig(params: SignUserSigParams): string {
  const time = Math.floor(params.now);
  const document = {
    'TLS.ver': '2.0',
    'TLS.identifier': params.identifier,
    'TLS.sdkappid': params.sdkAppId,
    'TLS.time': time,
    'TLS.expire': params.expireSeconds,
    'TLS.sig': userSigHmac({ ...params, time, expire: params.expireSeconds }),
  };
  return toUserSigBase64(deflateSync(Buffer.from(JSON.stringify(document), 'utf8')));
}
