import { envelopeOk } from '../../lib/model/envelopeOk';
import { isRecord } from './support/isRecord';
import type { SeededFault } from './types';

/**
 * del_contact_group deletes every group it is given, although "Currently, only one
 * conversation group can be deleted at a time" (page 53441, Deleting Conversation Group
 * Data). Each deletion is a real model step, so the groups and their ids in conversations
 * go exactly as a one-name call would remove them; the answer lists every deleted group.
 */
export const deleteDeletesEveryNamedGroup: SeededFault = {
  name: 'delete-deletes-every-named-group',
  breaksRule: 'del.one-group-per-call',
  description: 'del_contact_group deletes every named group in one call instead of at most one',
  create: () => ({
    afterModel(result, step, context) {
      const body = isRecord(step.request.body) ? step.request.body : {};
      const names = step.request.api === 'recentcontact/del_contact_group' && Array.isArray(body['GroupName']) ? body['GroupName'] : [];
      if (names.length < 2) return result;
      let state = step.modelInput;
      const deleted: unknown[] = [];
      for (const name of names) {
        const one = context.apply(state, { ...step.request, body: { ...body, GroupName: [name] } });
        // Any name the model would refuse on its own: keep the model's answer, as a real bug would fail too.
        if (one.response.ErrorCode !== 0) return result;
        state = one.state;
        deleted.push(...(Array.isArray(one.response['GroupItem']) ? one.response['GroupItem'] : []));
      }
      return { ...result, state, response: envelopeOk({ GroupItem: deleted }) };
    },
  }),
};
