import { arrayField, isObject, nonEmptyString } from '../bodyReaders';
import { envelopeFail } from '../envelopeFail';
import { envelopeOk } from '../envelopeOk';
import type { Handler } from '../HandlerContext';
import { UserDraft } from '../UserDraft';
import { utf8ByteLength } from '../utf8ByteLength';

/**
 * v4/recentcontact/del_contact_group (del_contact_group.txt, notes §3.3).
 *
 * "GroupName ... List of conversation groups to be deleted. Currently, only one conversation
 * group can be deleted at a time." → exactly one name, else [INF] 50002. Unknown name → 51009
 * ("The specified conversation group was not found"). Deleting removes the group's id from
 * every conversation of the user (UserDraft.removeGroup). A name over the byte limit → 51011:
 * the page's own error table lists "51011 The conversation group name contains more than 64 bytes".
 */
export const delContactGroup: Handler = (state, body, ctx) => {
  if (!isObject(body)) return { state, response: envelopeFail(50002) };
  const from = nonEmptyString(body, 'From_Account');
  const names = arrayField(body, 'GroupName');
  const name = names?.length === 1 && typeof names[0] === 'string' && names[0].length > 0 ? names[0] : undefined;
  if (from === undefined || name === undefined) return { state, response: envelopeFail(50002) };
  const user = state.users.get(from);
  if (user === undefined) return { state, response: envelopeFail(50001) };
  if (utf8ByteLength(name) > ctx.config.limits.nameMaxBytes) return { state, response: envelopeFail(51011) };
  const draft = new UserDraft(state, user, ctx);
  const group = draft.groupByName(name);
  if (group === undefined) return { state, response: envelopeFail(51009) };
  draft.removeGroup(group.id);
  return { state: draft.commit(), response: envelopeOk({ GroupItem: [{ GroupName: group.name, GroupId: group.id }] }) };
};
