import { arrayField, isObject, nonEmptyString } from '../bodyReaders';
import { contactKeyOf } from '../contactKeyOf';
import { envelopeFail } from '../envelopeFail';
import { envelopeOk } from '../envelopeOk';
import type { Handler, HandlerContext } from '../HandlerContext';
import { orderForRead } from '../orderForRead';
import { readContactItem } from '../readContactItem';
import { renderContactResult } from '../renderContactResult';
import { renderGroupItems } from '../renderGroupItems';
import type { ContactGroup, ContactItem } from '../types';

/**
 * v4/recentcontact/search_contact_group (search_contact_group.txt, notes §3.4). A read:
 * the state is returned as is and nothing is copied.
 *
 * "ContactItem ... Up to 300 conversations can be searched at a time" → 1..300, else [INF] 50002.
 * Response: ContactResultItem (one per searched conversation, in request order or reversed
 * per `itemOrder`) and GroupItem = all the user's groups. A searched conversation with no
 * data is undocumented (`searchEmptyItem`): an item `{Type, .., StandardMark:"", Timestamp:0}`
 * or omitted.
 */
export const searchContactGroup: Handler = (state, body, ctx) => {
  if (!isObject(body)) return { state, response: envelopeFail(50002) };
  const from = nonEmptyString(body, 'From_Account');
  const rawItems = arrayField(body, 'ContactItem');
  if (from === undefined || rawItems === undefined) return { state, response: envelopeFail(50002) };
  // "Up to 300 conversations can be searched at a time": past it, or none, no code is given.
  if (rawItems.length === 0 || rawItems.length > ctx.config.limits.maxSearchItems) return { state, response: envelopeFail(ctx.undocumentedCode()) };
  const contacts: ContactItem[] = [];
  for (const raw of rawItems) {
    const contact = readContactItem(raw);
    if (contact === undefined) return { state, response: envelopeFail(50002) };
    contacts.push(contact);
  }
  const user = state.users.get(from);
  if (user === undefined) return { state, response: envelopeFail(50001) };

  const found: Record<string, unknown>[] = [];
  for (const contact of contacts) {
    const record = user.conversations.get(contactKeyOf(contact));
    if (record === undefined && ctx.choice('searchEmptyItem') === 'omit') continue;
    found.push(renderContactResult(contact, record, ctx));
  }
  return { state, response: envelopeOk({ ContactResultItem: orderForRead(found, ctx), GroupItem: renderGroupItems(dictionaryGroups(user.groups, found, ctx)) }) };
};

/**
 * The GroupItem dictionary: every group of the user, or only those a found conversation is in
 * (choice point searchGroupItems); consulted only when the two differ.
 */
function dictionaryGroups(groups: readonly ContactGroup[], found: readonly Record<string, unknown>[], ctx: HandlerContext): readonly ContactGroup[] {
  const referenced = new Set(found.flatMap((item) => (item.ContactGroupId as number[] | undefined) ?? []));
  const only = groups.filter((group) => referenced.has(group.id));
  if (only.length === groups.length) return groups;
  return ctx.choice('searchGroupItems') === 'referenced' ? only : groups;
}
