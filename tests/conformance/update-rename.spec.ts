/**
 * update_contact_group, UpdateGroupType 1: rename (update_contact_group.page.txt
 * "Update Group Name"). Name-length limits live in limits.spec.ts.
 */
import { test, expect } from './fixtures';
import { createGroupId, renameGroupDone, searchContacts, searchItem, groupIdsOf } from './support/actions';
import { c2c } from './support/contacts';

test.describe.configure({ mode: 'parallel' });

test.describe('update_contact_group rename', { tag: '@update' }, () => {
  test('keeps the GroupId and shows only the new name in search and get after one and two renames', async ({ rule, call, newUser, readAll, checkRule }) => {
    rule('update.rename.keeps-group-id', 'update.rename.reads-show-new-name');
    const user = await newUser();
    const contact = c2c(`${user}p0`);
    const id = await createGroupId(call, user, 'first', [contact]);
    for (const [oldName, newName] of [['first', 'second'], ['second', 'third']] as const) {
      const renamed = await renameGroupDone(call, user, oldName, newName);
      const result = renamed.answer.UpdateGroupResult as { GroupId?: number; GroupName?: string; OldGroupName?: string } | undefined;
      await checkRule('update.rename.keeps-group-id', `rename ${oldName} → ${newName} answered OK with GroupId ${id}`, () => {
        expect(renamed.done, `rename answered ${renamed.seen}`).toBe(true);
        // A retried rename may be answered for its repeat (51009: the old name is gone); then the reads below judge the id.
        if (!renamed.readBack) expect(result?.GroupId).toBe(id);
      });
      const found = await searchContacts(call, user, [contact]);
      const state = await readAll(user);
      await checkRule('update.rename.keeps-group-id', `reads still list the conversation in group ${id}`, () => {
        expect(groupIdsOf(searchItem(found, contact))).toEqual([id]);
      });
      await checkRule('update.rename.reads-show-new-name', `search and get list group ${id} as "${newName}" and no "${oldName}"`, () => {
        expect(found.GroupItem).toContainEqual({ GroupName: newName, GroupId: id });
        expect(state.groups).toContainEqual({ GroupName: newName, GroupId: id });
        expect(state.groups.map((g) => g.GroupName)).not.toContain(oldName);
      });
    }
  });

  test('rejects renaming a group the user does not have with 51009', async ({ rule, probeErrorCode, newUser, call }) => {
    rule('update.unknown-group.51009');
    const user = await newUser();
    await createGroupId(call, user, 'exists');
    await probeErrorCode({
      rule: 'update.unknown-group.51009',
      api: 'recentcontact/update_contact_group',
      body: { From_Account: user, UpdateType: 1, UpdateGroup: { UpdateGroupType: 1, OldGroupName: 'missing', NewGroupName: 'renamed' } },
      code: 51009,
      how: 'rename a group name the user never created',
    });
  });

  test('rejects an UpdateType or UpdateGroupType outside the documented values with 50002', async ({ rule, probeErrorCode, newUser, call }) => {
    rule('update.update-type.invalid.50002');
    const user = await newUser();
    await createGroupId(call, user, 'g1');
    for (const [how, update] of [
      ['send UpdateType 2', { UpdateType: 2, UpdateGroup: { UpdateGroupType: 1, OldGroupName: 'g1', NewGroupName: 'g2' } }],
      ['send UpdateGroupType 3', { UpdateType: 1, UpdateGroup: { UpdateGroupType: 3, OldGroupName: 'g1', NewGroupName: 'g2' } }],
    ] as const) {
      await probeErrorCode({ rule: 'update.update-type.invalid.50002', api: 'recentcontact/update_contact_group', body: { From_Account: user, ...update }, code: 50002, how, options: { invalidOnPurpose: true } });
    }
  });

  test('rejects a From_Account that was never imported with 50001', async ({ rule, probeErrorCode, runPrefix }) => {
    rule('update.not-imported.50001');
    await probeErrorCode({
      rule: 'update.not-imported.50001',
      api: 'recentcontact/update_contact_group',
      body: { From_Account: `${runPrefix}ghost`, UpdateType: 1, UpdateGroup: { UpdateGroupType: 1, OldGroupName: 'a', NewGroupName: 'b' } },
      code: 50001,
      how: 'rename for a From_Account that was never imported',
    });
  });
});
