import { cloneResponse } from './support/cloneResponse';
import { isRecord } from './support/isRecord';
import type { SeededFault } from './types';

/**
 * get_contact_group skips the first item of every page after the first ("Enter 0 for the
 * first pull and enter the value of NextStartIndex returned last time", notes §3.6):
 * an off-by-one in the cursor.
 */
export const paginationSkipsPageBoundary: SeededFault = {
  name: 'pagination-skips-page-boundary',
  breaksRule: 'get.paging.every-item-once',
  description: 'get_contact_group drops the first item of every page after the first',
  create: () => ({
    afterModel(result, step) {
      const body = step.request.body;
      if (step.request.api !== 'recentcontact/get_contact_group' || result.response.ErrorCode !== 0) return result;
      if (!isRecord(body) || typeof body['StartIndex'] !== 'number' || body['StartIndex'] <= 0) return result;
      const response = cloneResponse(result.response);
      if (Array.isArray(response['ContactItem'])) response['ContactItem'] = (response['ContactItem'] as unknown[]).slice(1);
      return { ...result, response };
    },
  }),
};
