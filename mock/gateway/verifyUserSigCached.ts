import { verifyUserSig, type ExpectedUserSig, type UserSigVerdict } from '../../lib/usersig/verifyUserSig';

/** Most verified UserSigs remembered; past it the memory starts over (a run signs a handful). */
const MAX_ENTRIES = 1024;

/** Expiry of each UserSig that verified, by everything its verdict depends on except the time. */
const verified = new Map<string, number>();

/**
 * verifyUserSig with the answers for good sigs remembered. Why: decoding (base64 + zlib) and the
 * HMAC were about a fifth of the mock's CPU time per request under load (`npm run bench`), and a
 * client sends the same UserSig on every call. Same verdicts, same order (verifyUserSig.ts): a
 * remembered sig matched the sdkappid, identifier, key and HMAC, so only the expiry (70001),
 * which depends on `now`, is checked again. Bad sigs are not remembered: they are rare and cheap
 * to fail again.
 */
export function verifyUserSigCached(userSig: string, expected: ExpectedUserSig): UserSigVerdict {
  const key = `${expected.sdkAppId}\n${expected.identifier}\n${expected.secretKey}\n${userSig}`;
  const expiresAt = verified.get(key);
  if (expiresAt !== undefined) {
    return expected.now > expiresAt ? { ok: false, code: 70001, reason: 'UserSig expired' } : { ok: true, expiresAt };
  }
  const verdict = verifyUserSig(userSig, expected);
  if (verdict.ok) {
    if (verified.size >= MAX_ENTRIES) verified.clear();
    verified.set(key, verdict.expiresAt);
  }
  return verdict;
}
