import type { GatewayCheck } from './GatewayCheck';
import { gatewayFail } from './gatewayFail';

/**
 * Only POST is served (notes §1.1: "method POST"). Other methods get 60002
 * "HTTP parsing error — check request URL format", the closest public code for a
 * request the HTTP layer cannot use (a choice: the docs name no code for it).
 */
export function checkMethod(method: string | undefined): GatewayCheck<'POST'> {
  if (method === 'POST') return { ok: true, value: 'POST' };
  return { ok: false, response: gatewayFail(60002, 'method must be POST') };
}
