import type { GatewayCheck } from './GatewayCheck';
import { gatewayFail } from './gatewayFail';

/** The identity in the query string, syntactically valid. */
export interface QueryIdentity {
  readonly sdkAppId: number;
  readonly identifier: string;
  readonly userSig: string;
}

const MAX_U32 = 4294967295;

/**
 * Checks the five query parameters (notes §1.1; names and values are case-sensitive):
 * - `sdkappid` missing → 60012 "REST API requires SDKAppID in URL" (its own documented code);
 * - `sdkappid` not an integer, `identifier` or `usersig` missing/empty, `random` not an integer
 *   0..4294967295 ("A random 32-bit unsigned integer ranging from 0 to 4294967295"), `contenttype`
 *   not `json` ("should always be json"), or any of them given twice → 60025 "SDKAppID, Identifier,
 *   UserSig or ContentType error in URL parameters".
 */
export function checkQuery(params: URLSearchParams): GatewayCheck<QueryIdentity> {
  const fail = (code: number, detail: string) => ({ ok: false as const, response: gatewayFail(code, detail) });
  for (const name of ['sdkappid', 'identifier', 'usersig', 'random', 'contenttype']) {
    if (params.getAll(name).length > 1) return fail(60025, `${name} given more than once`);
  }
  const sdkappid = params.get('sdkappid');
  if (sdkappid === null) return fail(60012, 'sdkappid missing');
  if (!/^[0-9]{1,15}$/.test(sdkappid)) return fail(60025, 'sdkappid is not an integer');
  const identifier = params.get('identifier');
  if (!identifier) return fail(60025, 'identifier missing');
  const userSig = params.get('usersig');
  if (!userSig) return fail(60025, 'usersig missing');
  const random = params.get('random');
  if (random === null || !/^[0-9]{1,10}$/.test(random) || Number(random) > MAX_U32) return fail(60025, 'random must be an integer 0..4294967295');
  if (params.get('contenttype') !== 'json') return fail(60025, 'contenttype must be json');
  return { ok: true, value: { sdkAppId: Number(sdkappid), identifier, userSig } };
}
