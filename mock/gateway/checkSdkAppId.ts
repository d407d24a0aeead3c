import type { GatewayCheck } from './GatewayCheck';
import { gatewayFail } from './gatewayFail';

/**
 * The URL's sdkappid must be this app's. A foreign one is 60025 ("SDKAppID … error in URL
 * parameters", notes §4.1): the gateway has no key for it, so it cannot verify a UserSig
 * against it. 70014 stays for a UserSig whose own SDKAppID differs from the URL's.
 */
export function checkSdkAppId(given: number, app: number): GatewayCheck<number> {
  if (given === app) return { ok: true, value: given };
  return { ok: false, response: gatewayFail(60025, 'sdkappid is not this application') };
}
