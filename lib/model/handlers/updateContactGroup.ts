import { addToGroup } from '../addToGroup';
import { field, isObject, nonEmptyString } from '../bodyReaders';
import { envelopeFail } from '../envelopeFail';
import { envelopeOk } from '../envelopeOk';
import type { Handler, HandlerOutcome } from '../HandlerContext';
import { itemResult, topLevelFailure } from '../itemFailure';
import { readContactItem } from '../readContactItem';
import { removeFromGroup } from '../removeFromGroup';
import { renderContactItem } from '../renderContactItem';
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
 * Checks, in order: shape (50002), ContactUpdateItem count (51006), From_Account (50001),
 * NewGroupName bytes (51011), OldGroupName exists (51009), then the rename or the items.
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

  let newName: string | undefined;
  const updates: ContactUpdate[] = [];
  if (updateGroupType === 1) {
    newName = nonEmptyString(update, 'NewGroupName');
    if (newName === undefined) return fail(50002);
  } else {
    const rawItems = field(update, 'ContactUpdateItem');
    if (rawItems !== undefined && !Array.isArray(rawItems)) return fail(50002);
    for (const raw of (rawItems ?? []) as unknown[]) {
      const optType = isObject(raw) ? field(raw, 'ContactOptType') : undefined;
      const contact = isObject(raw) ? readContactItem(field(raw, 'ContactItem')) : undefined;
      if ((optType !== 1 && optType !== 2) || contact === undefined) return fail(50002);
      updates.push({ optType, contact });
    }
    // 51006 "The number of sessions requested for update is illegal ... keep ≤ 100" (notes §4.2).
    if (updates.length === 0 || updates.length > ctx.config.limits.maxItemsPerUpdate) return fail(51006);
  }

  const user = state.users.get(from);
  if (user === undefined) return fail(50001);
  // "NewGroupName ... Maximum length: 64 bytes"; 51011 "The conversation group name contains more than 64 bytes."
  if (newName !== undefined && utf8ByteLength(newName) > ctx.config.limits.nameMaxBytes) return fail(51011);
  const draft = new UserDraft(state, user, ctx);
  const group = draft.groupByName(oldName);
  // 51009 "The requested conversation group does not exist" (notes §4.2).
  if (group === undefined) return fail(51009);

  if (newName !== undefined) {
    const taken = draft.groupByName(newName);
    // Renaming onto another group's name is undocumented (notes §5).
    if (taken !== undefined && taken.id !== group.id && ctx.choice('renameOntoExisting') === 'reject') return fail(50002);
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

  const results: Record<string, unknown>[] = [];
  for (const { optType, contact } of updates) {
    const change = optType === 1 ? addToGroup(group.id, ctx) : removeFromGroup(group.id, ctx);
    const code = draft.changeConversation(contact, change);
    if (code !== 0) {
      const failure = topLevelFailure(code, ctx);
      if (failure !== undefined) return { state, response: failure };
    }
    results.push({ ContactOptType: optType, ContactItem: renderContactItem(contact), ...itemResult(code) });
  }
  return {
    state: draft.commit(),
    // The type-2 sample: GroupName and OldGroupName both name the group operated on.
    response: envelopeOk({
      UpdateType: 1,
      UpdateGroupResult: { UpdateGroupType: 2, GroupName: group.name, GroupId: group.id, OldGroupName: group.name, ContactResultItem: results },
    }),
  };
};
