import { addToGroup } from '../addToGroup';
import { arrayField, field, isObject, nonEmptyString } from '../bodyReaders';
import { envelopeFail } from '../envelopeFail';
import { envelopeOk } from '../envelopeOk';
import type { Handler } from '../HandlerContext';
import { itemResult, topLevelFailure } from '../itemFailure';
import { readContactItem } from '../readContactItem';
import { renderContactItem } from '../renderContactItem';
import type { ContactGroup, ContactItem } from '../types';
import { UserDraft } from '../UserDraft';
import { utf8ByteLength } from '../utf8ByteLength';

/**
 * v4/recentcontact/create_contact_group (notes §3.1, doc 53437).
 *
 * Checks, in order: shape (50002; "Only one conversation group can be added at a time"),
 * ContactItem count (51006), From_Account imported (50001), GroupName bytes (51011),
 * duplicate name (undocumented), group count (51010), then each initial conversation
 * (51007/51008 per `itemErrorPlacement`).
 */
export const createContactGroup: Handler = (state, body, ctx) => {
  if (!isObject(body)) return { state, response: envelopeFail(50002) };
  const from = nonEmptyString(body, 'From_Account');
  const entries = arrayField(body, 'GroupContactItem');
  // "Only one conversation group can be added at a time" (notes §3.1) → [INF] 50002 otherwise.
  if (from === undefined || entries === undefined || entries.length !== 1 || !isObject(entries[0])) {
    return { state, response: envelopeFail(50002) };
  }
  const entry = entries[0];
  const name = nonEmptyString(entry, 'GroupName');
  const rawItems = field(entry, 'ContactItem');
  // New doc: ContactItem is optional, "Initial conversation list, up to 100 items" (notes §3.1).
  if (name === undefined || (rawItems !== undefined && !Array.isArray(rawItems))) return { state, response: envelopeFail(50002) };
  const contacts: ContactItem[] = [];
  for (const raw of (rawItems ?? []) as unknown[]) {
    const contact = readContactItem(raw);
    if (contact === undefined) return { state, response: envelopeFail(50002) };
    contacts.push(contact);
  }
  if (contacts.length > ctx.config.limits.maxItemsPerUpdate) return { state, response: envelopeFail(51006) };

  const user = state.users.get(from);
  if (user === undefined) return { state, response: envelopeFail(50001) };
  // "GroupName ... up to 64 bytes" (notes §3.1, 2026 page); 51011 "The conversation group name contains more than 64 bytes".
  if (utf8ByteLength(name) > ctx.config.limits.nameMaxBytes) return { state, response: envelopeFail(51011) };

  const draft = new UserDraft(state, user, ctx);
  let group: ContactGroup | undefined = draft.groupByName(name);
  if (group !== undefined) {
    // Duplicate names are undocumented (notes §5): reject, or hand back the existing group.
    if (ctx.choice('duplicateNameOnCreate') === 'reject') return { state, response: envelopeFail(50002) };
  } else {
    // "Each user can create up to 20 conversation groups" (update_contact_group.page.txt); 51010 (notes §4.2).
    if (draft.groupCount >= ctx.config.limits.maxGroupsPerUser) return { state, response: envelopeFail(51010) };
    group = { id: draft.allocateGroupId(), name };
    draft.addGroup(group);
  }

  const resultItems: Record<string, unknown>[] = [];
  for (const contact of contacts) {
    const code = draft.changeConversation(contact, addToGroup(group.id, ctx));
    if (code !== 0) {
      const failure = topLevelFailure(code, ctx);
      if (failure !== undefined) return { state, response: failure };
    }
    resultItems.push({ ContactItem: renderContactItem(contact), ...itemResult(code) });
  }
  return {
    state: draft.commit(),
    response: envelopeOk({ GroupResultItem: [{ GroupItem: { GroupName: group.name, GroupId: group.id }, ResultItem: resultItems }] }),
  };
};
