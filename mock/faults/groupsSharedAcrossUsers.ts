import type { UserRecord } from '../../lib/model/types';
import { fromAccountOf } from './support/fromAccountOf';
import { isRecentContact } from './support/isRead';
import { replaceUser } from './support/replaceUser';
import type { SeededFault } from './types';

type SharedPart = Pick<UserRecord, 'groups' | 'conversations' | 'nextGroupId'>;

/**
 * Conversation-group state keyed by app instead of From_Account: every imported
 * user sees and edits one shared set of groups and conversations. Import checks
 * (50001) and G2C membership (51007) still use the real From_Account.
 */
export const groupsSharedAcrossUsers: SeededFault = {
  name: 'groups-shared-across-users',
  breaksRule: 'update.contacts.per-user',
  description: 'conversation groups are keyed by app, not From_Account: all users share one set of groups and conversations',
  create: () => {
    let shared: SharedPart | undefined;
    return {
      beforeModel(state, request) {
        const user = fromAccountOf(request.body);
        const record = user === undefined ? undefined : state.users.get(user);
        if (!isRecentContact(request.api) || !record || !shared) return { state, request };
        return { state: replaceUser(state, { ...record, ...shared }), request };
      },
      afterModel(result, step) {
        const user = fromAccountOf(step.request.body);
        const record = user === undefined ? undefined : result.state.users.get(user);
        if (isRecentContact(step.request.api) && record) {
          shared = { groups: record.groups, conversations: record.conversations, nextGroupId: record.nextGroupId };
        }
        return result;
      },
    };
  },
};
