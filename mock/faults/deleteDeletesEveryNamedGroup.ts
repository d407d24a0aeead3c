import { applyEachEntry } from './support/applyEachEntry';
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
    afterModel: (result, step, context) => applyEachEntry(result, step, context, 'recentcontact/del_contact_group', 'GroupName', 'GroupItem'),
  }),
};
