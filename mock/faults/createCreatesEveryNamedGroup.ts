import { envelopeOk } from '../../lib/model/envelopeOk';
import { isRecord } from './support/isRecord';
import type { SeededFault } from './types';

/**
 * create_contact_group creates every GroupContactItem it is given, although "Only one
 * conversation group can be added at a time" (page 53437, Creating Conversation Group Data).
 * Each creation is a real model step; the answer lists every group created.
 */
export const createCreatesEveryNamedGroup: SeededFault = {
  name: 'create-creates-every-named-group',
  breaksRule: 'create.one-group-per-call',
  description: 'create_contact_group creates every GroupContactItem in one call instead of at most one',
  create: () => ({
    afterModel(result, step, context) {
      const body = isRecord(step.request.body) ? step.request.body : {};
      const entries = step.request.api === 'recentcontact/create_contact_group' && Array.isArray(body['GroupContactItem']) ? body['GroupContactItem'] : [];
      if (entries.length < 2) return result;
      let state = step.modelInput;
      const created: unknown[] = [];
      for (const entry of entries) {
        const one = context.apply(state, { ...step.request, body: { ...body, GroupContactItem: [entry] } });
        // Any entry the model would refuse on its own: keep the model's answer, as a real bug would fail too.
        if (one.response.ErrorCode !== 0) return result;
        state = one.state;
        created.push(...(Array.isArray(one.response['GroupResultItem']) ? one.response['GroupResultItem'] : []));
      }
      return { ...result, state, response: envelopeOk({ GroupResultItem: created }) };
    },
  }),
};
