import { envelopeOk } from '../../lib/model/envelopeOk';
import type { SeededFault } from './types';

/**
 * Update or delete of an unknown group answers OK and does nothing
 * (51009 "The requested conversation group does not exist" missing).
 */
export const unknownGroupOk: SeededFault = {
  name: 'unknown-group-ok',
  breaksRule: 'update.unknown-group.51009',
  description: 'update/delete of an unknown group answers OK and changes nothing (51009 missing)',
  create: () => ({
    afterModel(result, step) {
      if (result.response.ErrorCode !== 51009) return result;
      if (step.request.api === 'recentcontact/del_contact_group') return { ...result, state: step.before, response: envelopeOk({ GroupItem: [] }) };
      if (step.request.api === 'recentcontact/update_contact_group') return { ...result, state: step.before, response: envelopeOk({ UpdateType: 1 }) };
      return result;
    },
  }),
};
