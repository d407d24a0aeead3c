import { applyEachEntry } from './support/applyEachEntry';
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
    afterModel: (result, step, context) => applyEachEntry(result, step, context, 'recentcontact/create_contact_group', 'GroupContactItem', 'GroupResultItem'),
  }),
};
