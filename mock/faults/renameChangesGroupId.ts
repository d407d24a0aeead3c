import { cloneResponse } from './support/cloneResponse';
import { fromAccountOf } from './support/fromAccountOf';
import { isRecord } from './support/isRecord';
import { replaceUser } from './support/replaceUser';
import type { SeededFault } from './types';

/**
 * A rename gives the group a new GroupId (implemented as delete + re-create).
 * Conversations follow the group to its new id; only the id changes.
 */
export const renameChangesGroupId: SeededFault = {
  name: 'rename-changes-group-id',
  breaksRule: 'update.rename.keeps-group-id',
  description: 'a rename gives the group a new GroupId',
  create: () => ({
    afterModel(result, step) {
      const user = fromAccountOf(step.request.body);
      const update = result.response['UpdateGroupResult'];
      if (step.request.api !== 'recentcontact/update_contact_group' || result.response.ErrorCode !== 0 || user === undefined) return result;
      if (!isRecord(update) || update['UpdateGroupType'] !== 1 || typeof update['GroupId'] !== 'number') return result;
      const record = result.state.users.get(user);
      if (!record) return result;
      const oldId = update['GroupId'];
      const newId = Math.max(record.nextGroupId, ...record.groups.map((g) => g.id + 1));
      const conversations = new Map(
        [...record.conversations].map(([key, c]) => [key, c.groupIds.includes(oldId) ? { ...c, groupIds: c.groupIds.map((id) => (id === oldId ? newId : id)) } : c]),
      );
      const groups = record.groups.map((g) => (g.id === oldId ? { ...g, id: newId } : g));
      const response = cloneResponse(result.response);
      (response['UpdateGroupResult'] as Record<string, unknown>)['GroupId'] = newId;
      return { ...result, state: replaceUser(result.state, { ...record, groups, conversations, nextGroupId: newId + 1 }), response };
    },
  }),
};
