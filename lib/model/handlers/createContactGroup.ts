import { addToGroup } from '../addToGroup';
import { arrayField, field, isObject, nonEmptyString } from '../bodyReaders';
import { envelopeFail } from '../envelopeFail';
import { envelopeOk } from '../envelopeOk';
import type { Handler } from '../HandlerContext';
import { BatchFailures } from '../itemFailure';
import { readContactItem } from '../readContactItem';
import { renderContactItem } from '../renderContactItem';
import { reportedError } from '../reportedError';
import type { ContactGroup, ContactItem } from '../types';
import { UserDraft } from '../UserDraft';
import { utf8ByteLength } from '../utf8ByteLength';

/**
 * v4/recentcontact/create_contact_group (notes §3.1, doc 53437).
 *
 * Request-level errors: shape (50002), more than one GroupContactItem ("Only one conversation
 * group can be added at a time": no code given), ContactItem count ("up to 100 items": 51006 or
 * any failure code), From_Account imported (50001), GroupName bytes (51011), a duplicate name
 * (undocumented), the group count (51010). Which is reported when several apply: errorPrecedence.
 * Then each initial conversation (51007/51008, placed per placeG2cFailure/placeCapFailure).
 */
export const createContactGroup: Handler = (state, body, ctx) => {
  if (!isObject(body)) return { state, response: envelopeFail(50002) };
  const from = nonEmptyString(body, 'From_Account');
  const entries = arrayField(body, 'GroupContactItem');
  if (from === undefined || entries === undefined || entries.length === 0 || !isObject(entries[0])) {
    return { state, response: envelopeFail(50002) };
  }
  const errors: number[] = [];
  // "Only one conversation group can be added at a time" (notes §3.1): no code is given.
  if (entries.length > 1 && ctx.choice('beyondOneAtATime') === 'reject') errors.push(ctx.undocumentedCode());
  const entry = entries[0];
  const name = nonEmptyString(entry, 'GroupName');
  const rawItems = field(entry, 'ContactItem');
  // New doc: ContactItem is optional, "Initial conversation list, up to 100 items" (notes §3.1).
  if (name === undefined || (rawItems !== undefined && !Array.isArray(rawItems))) return { state, response: envelopeFail(50002) };
  const contacts: ContactItem[] = [];
  const raws = (rawItems ?? []) as unknown[];
  for (const raw of raws) {
    const contact = readContactItem(raw);
    if (contact === undefined) errors.push(50002);
    else contacts.push(contact);
  }
  if (raws.length > ctx.config.limits.maxItemsPerUpdate) errors.push(51006, ctx.undocumentedCode());

  const user = state.users.get(from);
  if (user === undefined) errors.push(50001);
  // "GroupName ... up to 64 bytes" (notes §3.1, 2026 page); 51011 "The conversation group name contains more than 64 bytes".
  if (utf8ByteLength(name) > ctx.config.limits.nameMaxBytes) errors.push(51011);
  const draft = user === undefined ? undefined : new UserDraft(state, user, ctx);
  let group: ContactGroup | undefined = draft?.groupByName(name);
  // Duplicate names are undocumented (notes §5): reject, or hand back the existing group.
  if (group !== undefined && ctx.choice('duplicateNameOnCreate') === 'reject') errors.push(ctx.undocumentedCode());
  // "Each user can create up to 20 conversation groups" (update_contact_group.page.txt); 51010 (notes §4.2).
  if (draft !== undefined && group === undefined && draft.groupCount >= ctx.config.limits.maxGroupsPerUser) errors.push(51010);
  const rejected = reportedError(ctx, errors);
  if (rejected !== undefined || draft === undefined) return { state, response: envelopeFail(rejected ?? 50002) };
  if (group === undefined) {
    group = { id: draft.allocateGroupId(), name };
    draft.addGroup(group);
  }

  const failures = new BatchFailures(ctx);
  const resultItems: Record<string, unknown>[] = [];
  for (const contact of contacts) {
    const failure = draft.changeConversation(contact, addToGroup(group.id, ctx), 'always');
    resultItems.push({ ContactItem: renderContactItem(contact), ...failures.record(failure) });
  }
  const callFailure = failures.callFailure();
  if (callFailure !== undefined) return { state: callFailure.othersApplied ? draft.commit() : state, response: callFailure.response };
  return {
    state: draft.commit(),
    response: envelopeOk({ GroupResultItem: [{ GroupItem: { GroupName: group.name, GroupId: group.id }, ResultItem: resultItems }] }),
  };
};
