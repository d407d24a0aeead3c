/** del_contact_group (del_contact_group.txt): one group per call, by name. */
import { test, expect } from './fixtures';
import { createGroupId, deleteGroup, findItem, groupIdsOf, searchContacts, searchItem } from './support/actions';
import { c2c } from './support/contacts';

test.describe.configure({ mode: 'parallel' });

test.describe('del_contact_group', { tag: '@delete' }, () => {
  test('removes the group and its id from every conversation, leaving other groups untouched', async ({ rule, call, newUser, readAll, checkRule }) => {
    rule('del.removes-group', 'del.only-named-group');
    const user = await newUser();
    const [p0, p1] = [c2c(`${user}p0`), c2c(`${user}p1`)];
    const doomed = await createGroupId(call, user, 'doomed', [p0, p1]);
    const kept = await createGroupId(call, user, 'kept', [p0]);
    const answer = await deleteGroup(call, user, 'doomed');
    expect(answer.ErrorCode).toBe(0);
    const found = await searchContacts(call, user, [p0, p1]);
    const state = await readAll(user);
    await checkRule('del.removes-group', `group ${doomed} gone from GroupItem and from every ContactGroupId`, () => {
      expect(state.groups.map((g) => g.GroupId)).not.toContain(doomed);
      for (const item of state.contacts) expect(groupIdsOf(item)).not.toContain(doomed);
      expect(groupIdsOf(searchItem(found, p0))).not.toContain(doomed);
      expect(groupIdsOf(searchItem(found, p1))).not.toContain(doomed);
    });
    await checkRule('del.only-named-group', `group ${kept} and its conversation untouched`, () => {
      expect(state.groups).toContainEqual({ GroupName: 'kept', GroupId: kept });
      expect(groupIdsOf(findItem(state.contacts, p0))).toEqual([kept]);
    });
  });

  test('rejects deleting a group the user does not have with 51009', async ({ rule, call, newUser, probeErrorCode }) => {
    rule('del.unknown-group.51009');
    const user = await newUser();
    await createGroupId(call, user, 'exists');
    await probeErrorCode({ rule: 'del.unknown-group.51009', api: 'recentcontact/del_contact_group', body: { From_Account: user, GroupName: ['missing'] }, code: 51009, how: 'delete a group name the user never created' });
  });

  test('rejects a From_Account that was never imported with 50001', async ({ rule, probeErrorCode, runPrefix }) => {
    rule('del.not-imported.50001');
    await probeErrorCode({ rule: 'del.not-imported.50001', api: 'recentcontact/del_contact_group', body: { From_Account: `${runPrefix}ghost`, GroupName: ['g'] }, code: 50001, how: 'delete a group of a From_Account that was never imported' });
  });
});
