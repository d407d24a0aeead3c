import type { ModelState } from './types';

/**
 * Whether `userId` may write a group (Type 2) conversation with `groupId`:
 * - `permitted`: the chat group exists and the user is a member (the owner is stored as one);
 * - `no-group`: no such chat group, or it was destroyed: 51007 "Failed to replace GroupID with
 *   GroupCode because an internal error occurred or the group was disbanded" (mark_contact.txt,
 *   update_contact_group.tables.txt);
 * - `not-member`: the group exists but the user is not in it: 51007 "G2C session permission
 *   verification failed ... check whether the user has left the group" (notes §4.2).
 */
export function g2cPermission(state: ModelState, userId: string, groupId: string): 'permitted' | 'no-group' | 'not-member' {
  const group = state.chatGroups.get(groupId);
  if (group === undefined) return 'no-group';
  return group.members.has(userId) ? 'permitted' : 'not-member';
}
