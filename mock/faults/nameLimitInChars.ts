import type { ModelRequest } from '../../lib/model/types';
import { isRecord } from './support/isRecord';
import type { SeededFault } from './types';

/** The group names a create or rename request asks for (notes §3.1 GroupName, §3.2 NewGroupName). */
function requestedNames(request: ModelRequest): unknown[] {
  const body = request.body;
  if (!isRecord(body)) return [];
  if (request.api === 'recentcontact/create_contact_group' && Array.isArray(body['GroupContactItem'])) {
    return body['GroupContactItem'].map((item) => (isRecord(item) ? item['GroupName'] : undefined));
  }
  if (request.api === 'recentcontact/update_contact_group' && isRecord(body['UpdateGroup'])) return [body['UpdateGroup']['NewGroupName']];
  return [];
}

/**
 * Measures the group-name limit in characters (code points) instead of UTF-8 bytes.
 * Done by lifting the byte limit for a request whose names all fit in characters:
 * a name over the limit in characters is over it in bytes too, so the model still
 * rejects those with 51011.
 */
export const nameLimitInChars: SeededFault = {
  name: 'name-limit-in-chars',
  breaksRule: 'update.rename.name-too-long.51011',
  description: 'measures the group-name limit in characters (code points) instead of UTF-8 bytes',
  create: () => ({
    configFor(config, request) {
      const names = requestedNames(request).filter((name): name is string => typeof name === 'string');
      if (names.length === 0 || names.some((name) => [...name].length > config.limits.nameMaxBytes)) return config;
      return { ...config, limits: { ...config.limits, nameMaxBytes: Number.MAX_SAFE_INTEGER } };
    },
  }),
};
