import { addToGroup } from '../addToGroup';
import { field, isObject, nonEmptyString } from '../bodyReaders';
import { envelopeFail } from '../envelopeFail';
import { envelopeOk } from '../envelopeOk';
import type { Handler, HandlerOutcome } from '../HandlerContext';
import { BatchFailures } from '../itemFailure';
import { readContactItem } from '../readContactItem';
import { removeFromGroup } from '../removeFromGroup';
import { renderContactItem } from '../renderContactItem';
import { reportedError } from '../reportedError';
import type { ContactItem } from '../types';
import { UserDraft } from '../UserDraft';
import { utf8ByteLength } from '../utf8ByteLength';

interface ContactUpdate {
  readonly optType: 1 | 2;
  readonly contact: ContactItem;
}

/**
 * v4/recentcontact/update_contact_group (update_contact_group.page.txt, notes §3.2).
 *
 * "UpdateType ... 1: Update the group name or update conversations within a specified group";
 * "UpdateGroupType ... 1: Update group name. 2: Update conversations within a specified group."
 * Request-level errors: shape (50002), ContactUpdateItem count (51006, notes §4.2 "keep ≤ 100";
 * an empty list has no documented code), From_Account (50001), NewGroupName bytes (51011),
 * OldGroupName unknown (51009), a rename onto a taken name (undocumented). When several apply,
 * which is reported is the choice point errorPrecedence; the list order is the mock's default.
 */
export const updateContactGroup: Handler = (state, body, ctx) => {
  const fail = (code: number): HandlerOutcome => ({ state, response: envelopeFail(code) });
  if (!isObject(body)) return fail(50002);
  const from = nonEmptyString(body, 'From_Account');
  const update = field(body, 'UpdateGroup');
  // UpdateType has the single documented value 1.
  if (from === undefined || field(body, 'UpdateType') !== 1 || !isObject(update)) return fail(50002);
  const updateGroupType = field(update, 'UpdateGroupType');
  const oldName = nonEmptyString(update, 'OldGroupName');
  if ((updateGroupType !== 1 && updateGroupType !== 2) || oldName === undefined) return fail(50002);

  const errors: number[] = [];
  let newName: string | undefined;
  const updates: ContactUpdate[] = [];
  if (updateGroupType === 1) {
    newName = nonEmptyString(update, 'NewGroupName');
    if (newName === undefined) return fail(50002);
  } else {
    const rawItems = field(update, 'ContactUpdateItem');
    if (rawItems !== undefined && !Array.isArray(rawItems)) return fail(50002);
    const raws = (rawItems ?? []) as unknown[];
    for (const raw of raws) {
      const optType = isObject(raw) ? field(raw, 'ContactOptType') : undefined;
      const contact = isObject(raw) ? readContactItem(field(raw, 'ContactItem')) : undefined;
      if ((optType !== 1 && optType !== 2) || contact === undefined) errors.push(50002);
      else updates.push({ optType, contact });
    }
    // 51006 "The number of sessions requested for update is illegal ... keep ≤ 100" (notes §4.2).
    if (raws.length > ctx.config.limits.maxItemsPerUpdate) errors.push(51006);
    // No page gives a code for an empty list: 51006, or any failure code.
    if (raws.length === 0) errors.push(51006, ctx.undocumentedCode());
  }

  const user = state.users.get(from);
  if (user === undefined) errors.push(50001);
  // "NewGroupName ... Maximum length: 64 bytes"; 51011 "The conversation group name contains more than 64 bytes."
  if (newName !== undefined && utf8ByteLength(newName) > ctx.config.limits.nameMaxBytes) errors.push(51011);
  const draft = user === undefined ? undefined : new UserDraft(state, user, ctx);
  const group = draft?.groupByName(oldName);
  // 51009 "The requested conversation group does not exist" (notes §4.2).
  if (draft !== undefined && group === undefined) errors.push(51009);
  if (draft !== undefined && group !== undefined && newName !== undefined) {
    const taken = draft.groupByName(newName);
    // Renaming onto another group's name is undocumented (notes §5).
    if (taken !== undefined && taken.id !== group.id && ctx.choice('renameOntoExisting') === 'reject') errors.push(ctx.undocumentedCode());
  }
  const rejected = reportedError(ctx, errors);
  if (rejected !== undefined || draft === undefined || group === undefined) return fail(rejected ?? 50002);

  if (newName !== undefined) {
    draft.renameGroup(group.id, newName);
    return {
      state: draft.commit(),
      // The rename sample: GroupName = the new name, GroupId kept, OldGroupName = the old name.
      response: envelopeOk({
        UpdateType: 1,
        UpdateGroupResult: { UpdateGroupType: 1, GroupName: newName, GroupId: group.id, OldGroupName: group.name },
      }),
    };
  }

  const failures = new BatchFailures(ctx);
  const results: Record<string, unknown>[] = [];
  for (const { optType, contact } of updates) {
    const failure =
      optType === 1
        ? draft.changeConversation(contact, addToGroup(group.id, ctx), 'always')
        : draft.changeConversation(contact, removeFromGroup(group.id, ctx), 'g2cCheckOnRemove');
    results.push({ ContactOptType: optType, ContactItem: renderContactItem(contact), ...failures.record(failure) });
  }
  const callFailure = failures.callFailure();
  if (callFailure !== undefined) return { state: callFailure.othersApplied ? draft.commit() : state, response: callFailure.response };
  return {
    state: draft.commit(),
    // The type-2 sample: GroupName and OldGroupName both name the group operated on.
    response: envelopeOk({
      UpdateType: 1,
      UpdateGroupResult: { UpdateGroupType: 2, GroupName: group.name, GroupId: group.id, OldGroupName: group.name, ContactResultItem: results },
    }),
  };
};
