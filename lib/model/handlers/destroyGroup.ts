import { isObject, nonEmptyString } from '../bodyReaders';
import { envelopeFail } from '../envelopeFail';
import { envelopeOk } from '../envelopeOk';
import type { Handler } from '../HandlerContext';

/**
 * v4/group_open_http_svc/destroy_group (notes §7.6): unknown or dismissed group → 10010.
 * Conversations that reference the group stay, but writes to them then fail 51007
 * ("... or the group was disbanded", mark_contact.txt).
 */
export const destroyGroup: Handler = (state, body) => {
  const groupId = isObject(body) ? nonEmptyString(body, 'GroupId') : undefined;
  if (groupId === undefined) return { state, response: envelopeFail(10004) };
  if (!state.chatGroups.has(groupId)) return { state, response: envelopeFail(10010) };
  const chatGroups = new Map(state.chatGroups);
  chatGroups.delete(groupId);
  return { state: { ...state, chatGroups }, response: envelopeOk() };
};
