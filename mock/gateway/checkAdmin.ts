import type { GatewayCheck } from './GatewayCheck';
import { gatewayFail } from './gatewayFail';

/**
 * The identifier must be the App admin (notes §1.1: "identifier | must be an App admin
 * account", errors: 60010 "requires App administrator permissions"). Checked after the
 * UserSig, so 60010 means "signed correctly, but not the admin".
 */
export function checkAdmin(identifier: string, admin: string): GatewayCheck<string> {
  if (identifier === admin) return { ok: true, value: identifier };
  return { ok: false, response: gatewayFail(60010, 'identifier is not the App admin') };
}
