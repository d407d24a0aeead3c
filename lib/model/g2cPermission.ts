import type { ModelState } from './types';

/**
 * True when `userId` may write a group (Type 2) conversation with `groupId`: the chat
 * group exists and the user is a member (the owner is stored as a member).
 * Otherwise 51007: "G2C session permission verification failed" / "check whether the
 * user has left the group" (notes §4.2); "Failed to replace GroupID with GroupCode
 * because an internal error occurred or the group was disbanded" (mark_contact.txt).
 */
export function g2cPermitted(state: ModelState, userId: string, groupId: string): boolean {
  return state.chatGroups.get(groupId)?.members.has(userId) ?? false;
}
