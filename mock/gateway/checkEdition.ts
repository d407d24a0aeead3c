import type { ApiPath } from '../../lib/apis';
import type { MockEdition } from '../MockOptions';
import type { GatewayCheck } from './GatewayCheck';
import { gatewayFail } from './gatewayFail';

/**
 * Conversation groups and marks need Pro, Pro Plus or Enterprise (del_contact_group.txt:
 * "51013 | The current version does not support conversation grouping. To use this feature,
 * please upgrade to the Pro edition …"). On `basic` every `recentcontact/*` call is 51013.
 */
export function checkEdition(api: ApiPath, edition: MockEdition): GatewayCheck<ApiPath> {
  if (edition === 'basic' && api.startsWith('recentcontact/')) return { ok: false, response: gatewayFail(51013) };
  return { ok: true, value: api };
}
