import { envelopeFail } from '../envelopeFail';
import { envelopeOk } from '../envelopeOk';
import { errorInfoOf } from '../errorInfo';
import type { Handler } from '../HandlerContext';
import type { ChatGroup } from '../types';
import { readUserIdItems } from './readUserIdItems';

/**
 * v4/im_open_login_svc/account_delete (notes §7.3): per-item ResultCode 0, or 70107
 * "Err_TLS_PT_Open_Login_Account_Not_Exist" for an account that is not imported (the sample).
 * "Deleting removes the user's contacts, profile, groups, sessions": the user's conversation
 * groups and conversations go, and so do its chat-group memberships (and ownerships).
 */
export const accountDelete: Handler = (state, body) => {
  const ids = readUserIdItems(body, 'DeleteItem');
  if (ids === undefined) return { state, response: envelopeFail(70402) };
  // The users map is persistent: each delete is an O(log users) write (PersistentMap.ts).
  let users = state.users;
  const deleted = new Set<string>();
  const ResultItem = ids.map((UserID) => {
    // An id listed twice is gone by its second item: 70107, as for any account not imported.
    const code = users.has(UserID) ? 0 : 70107;
    if (code === 0) {
      users = users.delete(UserID);
      deleted.add(UserID);
    }
    return { ResultCode: code, ResultInfo: code === 0 ? '' : errorInfoOf(code), UserID };
  });
  if (deleted.size === 0) return { state, response: envelopeOk({ ResultItem }) };
  let chatGroups = state.chatGroups;
  for (const group of state.chatGroups.values()) {
    const touched = (group.owner !== undefined && deleted.has(group.owner)) || [...deleted].some((id) => group.members.has(id));
    if (!touched) continue;
    if (chatGroups === state.chatGroups) chatGroups = new Map(state.chatGroups);
    const next: ChatGroup = {
      groupId: group.groupId,
      type: group.type,
      name: group.name,
      ...(group.owner !== undefined && !deleted.has(group.owner) && { owner: group.owner }),
      members: new Set([...group.members].filter((member) => !deleted.has(member))),
    };
    (chatGroups as Map<string, ChatGroup>).set(group.groupId, next);
  }
  return { state: { ...state, users, chatGroups }, response: envelopeOk({ ResultItem }) };
};
