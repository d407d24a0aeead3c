/**
 * TLSSigAPIv2 UserSig verification, a port of the Go library's `VerifyUserSig`
 * (tencent-chat-api-notes.md §6.1 "Verification"), answering with the REST
 * error code the gateway would use (§6.1 "Mock mapping [INF]", §4.1).
 */
import { timingSafeEqual } from 'node:crypto';
import { decodeUserSig } from './decodeUserSig';
import { userSigHmac } from './signUserSig';

/** The verdict on one UserSig. */
export type UserSigVerdict =
  | { ok: true; expiresAt: number }
  | { ok: false; code: 70001 | 70003 | 70009 | 70013 | 70014; reason: string };

/** What the sig must match. */
export interface ExpectedUserSig {
  sdkAppId: number;
  secretKey: string;
  identifier: string;
  /** Unix seconds. */
  now: number;
}

/**
 * Verifies a UserSig. Never throws.
 *
 * Check order, first failure wins (the Go library's order, §6.1: "check sdkappid
 * equal, identifier equal, `now > time + expire` ⇒ expired, …, recompute HMAC"):
 * 1. decode (base64 / zlib / JSON / required fields) → 70003 "Illegal/invalid UserSig"
 * 2. sdkappid → 70014 "SDKAppID in request ≠ SDKAppID in UserSig"
 * 3. identifier → 70013 "UserID in request ≠ UserID used to generate UserSig"
 * 4. expiry, `now > time + expire` → 70001 "UserSig expired"
 * 5. HMAC → 70009 "UserSig verification failed — key … of another SDKAppID used"
 * The HMAC comes last so that the cheap field checks give the more specific code,
 * as the official verifiers do.
 */
export function verifyUserSig(userSig: string, expected: ExpectedUserSig): UserSigVerdict {
  const decoded = decodeUserSig(userSig);
  if (!decoded.ok) return { ok: false, code: 70003, reason: `invalid UserSig: ${decoded.reason}` };
  const doc = decoded.document;
  if (doc['TLS.sdkappid'] !== expected.sdkAppId) {
    return { ok: false, code: 70014, reason: 'UserSig was signed for another SDKAppID' };
  }
  if (doc['TLS.identifier'] !== expected.identifier) {
    return { ok: false, code: 70013, reason: 'UserSig was signed for another identifier' };
  }
  const expiresAt = doc['TLS.time'] + doc['TLS.expire'];
  if (expected.now > expiresAt) return { ok: false, code: 70001, reason: 'UserSig expired' };
  const wanted = Buffer.from(
    userSigHmac({
      sdkAppId: doc['TLS.sdkappid'],
      secretKey: expected.secretKey,
      identifier: doc['TLS.identifier'],
      time: doc['TLS.time'],
      expire: doc['TLS.expire'],
      ...(doc['TLS.userbuf'] !== undefined ? { userbuf: doc['TLS.userbuf'] } : {}),
    }),
    'utf8',
  );
  const given = Buffer.from(doc['TLS.sig'], 'utf8');
  // Why timingSafeEqual: the mock is a reference implementation; do not model a timing oracle.
  if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) {
    return { ok: false, code: 70009, reason: 'UserSig signature does not match (wrong key?)' };
  }
  return { ok: true, expiresAt };
}
