/** del_contact_group (page 53441, Deleting Conversation Group Data): one group per call, by name. */
import { test, expect } from './fixtures';
import { createGroupId, deleteGroupDone, findItem, groupIdsOf, searchContacts, searchItem } from './support/actions';
import { c2c } from './support/contacts';
import { failedAfterRetry } from './support/answeredAfterRetry';

test.describe.configure({ mode: 'parallel' });

test.describe('del_contact_group', { tag: '@delete' }, () => {
  test('removes the group and its id from every conversation, leaving other groups untouched', async ({ rule, call, newUser, readAll, checkRule }) => {
    rule('del.removes-group', 'del.only-named-group');
    const user = await newUser();
    const [p0, p1] = [c2c(`${user}p0`), c2c(`${user}p1`)];
    const doomed = await createGroupId(call, user, 'doomed', [p0, p1]);
    const kept = await createGroupId(call, user, 'kept', [p0]);
    const deleted = await deleteGroupDone(call, user, 'doomed');
    const found = await searchContacts(call, user, [p0, p1]);
    const state = await readAll(user);
    await checkRule('del.removes-group', `the delete answered OK and group ${doomed} gone from GroupItem and from every ContactGroupId`, () => {
      expect(deleted.done, `delete answered ${deleted.seen}`).toBe(true);
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

  test('never deletes two conversation groups in one call', async ({ rule, call, newUser, readAll, checkRule, observe }) => {
    rule('del.one-group-per-call', 'envelope.failed-call-changes-nothing');
    const user = await newUser();
    const first = await createGroupId(call, user, 'first');
    const second = await createGroupId(call, user, 'second');
    // "Currently, only one conversation group can be deleted at a time." The page gives no code for two
    // names, so any failure passes, and so does a success that deleted at most one: never two deletions.
    const answer = await call('recentcontact/del_contact_group', { From_Account: user, GroupName: ['first', 'second'] }, { invalidOnPurpose: true });
    const state = await readAll(user);
    const kept = [first, second].filter((id) => state.groups.some((g) => g.GroupId === id));
    const outcome = `${answer.ErrorCode === 0 ? 'OK' : `ErrorCode ${answer.ErrorCode}`}, ${2 - kept.length} of the 2 groups deleted`;
    observe({ id: 'del.two-group-names', endpoint: 'recentcontact/del_contact_group', question: 'What does del_contact_group do with two group names in one call?', observed: outcome });
    await checkRule('del.one-group-per-call', 'at most one of the two named groups deleted', () => {
      expect(kept.length, outcome).toBeGreaterThanOrEqual(1);
    });
    // A FAIL that came only after retries may answer the repeat of an attempt that was applied.
    if (answer.ErrorCode !== 0 && !failedAfterRetry(answer)) {
      await checkRule('envelope.failed-call-changes-nothing', 'both groups kept after the failed call', () => expect(kept, outcome).toEqual([first, second]));
    }
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
