import { field, isObject } from '../bodyReaders';
import { envelopeFail } from '../envelopeFail';
import { envelopeOk } from '../envelopeOk';
import type { Handler, HandlerOutcome } from '../HandlerContext';
import { mintChatGroupId } from '../mintChatGroupId';
import type { ChatGroup } from '../types';
import { utf8ByteLength } from '../utf8ByteLength';

/** "Types: Private (=Work), Public, ChatRoom (=Meeting), AVChatRoom, Community" (notes §7.5). */
const GROUP_TYPES: ReadonlySet<string> = new Set(['Private', 'Public', 'ChatRoom', 'AVChatRoom', 'Community', 'Work', 'Meeting']);
/** "group name ≤ 30 bytes UTF-8" (notes §4.3). */
const NAME_MAX_BYTES = 30;
/** "custom group ID = printable ASCII (0x20–0x7e), ≤ 48 bytes, must not start with `@TGS#`" (notes §4.3). */
const CUSTOM_ID = /^[\x20-\x7e]{1,48}$/;
/** "MemberList (≤ 100 initial members)" (notes §7.5). */
const MAX_MEMBERS = 100;

/**
 * v4/group_open_http_svc/create_group (notes §7.5, group codes §4.3): a fixture for Type 2
 * conversations. Invalid parameter → 10004; Owner_Account or a member not imported → 10019
 * "requested user account does not exist"; more than 100 members → 10005 "too many accounts
 * in request"; AVChatRoom with members → 10007; custom GroupId taken → 10021. The owner is a
 * member. Response `{GroupId}` ([INF] notes §7.5).
 */
export const createGroup: Handler = (state, body) => {
  const fail = (code: number): HandlerOutcome => ({ state, response: envelopeFail(code) });
  if (!isObject(body)) return fail(10004);
  const type = field(body, 'Type');
  const name = field(body, 'Name');
  const owner = field(body, 'Owner_Account');
  const customId = field(body, 'GroupId');
  const memberList = field(body, 'MemberList');
  if (typeof type !== 'string' || !GROUP_TYPES.has(type)) return fail(10004);
  if (typeof name !== 'string' || name.length === 0 || utf8ByteLength(name) > NAME_MAX_BYTES) return fail(10004);
  if (owner !== undefined && (typeof owner !== 'string' || owner.length === 0)) return fail(10004);
  if (customId !== undefined && (typeof customId !== 'string' || !CUSTOM_ID.test(customId) || customId.startsWith('@TGS#'))) return fail(10004);
  if (memberList !== undefined && !Array.isArray(memberList)) return fail(10004);
  const members: string[] = [];
  for (const entry of (memberList ?? []) as unknown[]) {
    const account = isObject(entry) ? field(entry, 'Member_Account') : undefined;
    if (typeof account !== 'string' || account.length === 0) return fail(10004);
    members.push(account);
  }
  if (members.length > MAX_MEMBERS) return fail(10005);
  if (type === 'AVChatRoom' && members.length > 0) return fail(10007);
  if (owner !== undefined && !state.users.has(owner)) return fail(10019);
  if (members.some((member) => !state.users.has(member))) return fail(10019);

  let seq = state.chatGroupSeq;
  let groupId: string;
  if (customId !== undefined) {
    if (state.chatGroups.has(customId)) return fail(10021);
    groupId = customId;
  } else {
    do groupId = mintChatGroupId(seq++);
    while (state.chatGroups.has(groupId));
  }
  const group: ChatGroup = {
    groupId,
    type,
    name,
    ...(owner !== undefined && { owner }),
    members: new Set(owner === undefined ? members : [owner, ...members]),
  };
  const chatGroups = new Map(state.chatGroups);
  chatGroups.set(groupId, group);
  return { state: { ...state, chatGroups, chatGroupSeq: seq }, response: envelopeOk({ GroupId: groupId }) };
};
