import type { GatewayCheck } from './GatewayCheck';
import { gatewayFail } from './gatewayFail';
import { verifyUserSigCached } from './verifyUserSigCached';

/**
 * Verifies the UserSig for the URL's identifier (notes §6.1, mock mapping: expired → 70001,
 * undecodable → 70003, HMAC mismatch → 70009, identifier mismatch → 70013, sdkappid
 * mismatch → 70014). The answer never repeats the sig.
 */
export function checkUserSig(
  userSig: string,
  expected: { sdkAppId: number; secretKey: string; identifier: string; now: number },
): GatewayCheck<{ expiresAt: number }> {
  const verdict = verifyUserSigCached(userSig, expected);
  if (verdict.ok) return { ok: true, value: { expiresAt: verdict.expiresAt } };
  return { ok: false, response: gatewayFail(verdict.code, verdict.reason) };
}
