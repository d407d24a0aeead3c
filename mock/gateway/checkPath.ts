import { isApiPath, type ApiPath } from '../../lib/apis';
import type { GatewayCheck } from './GatewayCheck';
import { gatewayFail } from './gatewayFail';

/**
 * The API named by `/v4/{service}/{command}` (notes §1.1: "`ver` is always `v4`").
 * Anything else is 60009 "Request resource error — check request URL" (notes §4.1).
 */
export function checkPath(pathname: string): GatewayCheck<ApiPath> {
  const api = pathname.startsWith('/v4/') ? pathname.slice(4) : '';
  if (isApiPath(api)) return { ok: true, value: api };
  return { ok: false, response: gatewayFail(60009, 'unknown API path') };
}
