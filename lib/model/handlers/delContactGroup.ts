import { arrayField, isObject, nonEmptyString } from '../bodyReaders';
import { envelopeFail } from '../envelopeFail';
import { envelopeOk } from '../envelopeOk';
import type { Handler } from '../HandlerContext';
import { reportedError } from '../reportedError';
import { UserDraft } from '../UserDraft';
import { utf8ByteLength } from '../utf8ByteLength';

/**
 * v4/recentcontact/del_contact_group (del_contact_group.txt, notes §3.3).
 *
 * "GroupName ... List of conversation groups to be deleted. Currently, only one conversation
 * group can be deleted at a time." → more than one name is rejected (no code is given: any
 * failure code), never two deletions. Unknown name → 51009 ("The specified conversation group
 * was not found"); over the byte limit → 51011 (the page's own error table); not imported →
 * 50001. Which is reported when several apply: errorPrecedence. Deleting removes the group's id
 * from every conversation of the user (UserDraft.removeGroup).
 */
export const delContactGroup: Handler = (state, body, ctx) => {
  if (!isObject(body)) return { state, response: envelopeFail(50002) };
  const from = nonEmptyString(body, 'From_Account');
  const names = arrayField(body, 'GroupName');
  const name = names !== undefined && typeof names[0] === 'string' && names[0].length > 0 ? names[0] : undefined;
  if (from === undefined || names === undefined || name === undefined || names.some((n) => typeof n !== 'string')) return { state, response: envelopeFail(50002) };
  const errors: number[] = [];
  if (names.length > 1 && ctx.choice('beyondOneAtATime') === 'reject') errors.push(ctx.undocumentedCode());
  const user = state.users.get(from);
  if (user === undefined) errors.push(50001);
  if (utf8ByteLength(name) > ctx.config.limits.nameMaxBytes) errors.push(51011);
  const draft = user === undefined ? undefined : new UserDraft(state, user, ctx);
  const group = draft?.groupByName(name);
  if (draft !== undefined && group === undefined) errors.push(51009);
  const rejected = reportedError(ctx, errors);
  if (rejected !== undefined || draft === undefined || group === undefined) return { state, response: envelopeFail(rejected ?? 50002) };
  draft.removeGroup(group.id);
  return { state: draft.commit(), response: envelopeOk({ GroupItem: [{ GroupName: group.name, GroupId: group.id }] }) };
};
