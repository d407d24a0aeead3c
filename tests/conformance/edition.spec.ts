/**
 * 51013: "The current version does not support conversation grouping" (update_contact_group.page.txt,
 * mark_contact.txt). Only a basic-edition target can show it; on any other target the
 * rules are skipped with the reason, never failed.
 */
import { test, expect } from './fixtures';
import { c2c } from './support/contacts';

test.describe.configure({ mode: 'parallel' });

test.describe('edition', { tag: '@edition' }, () => {
  test('rejects conversation grouping and standard marks with 51013 on an edition without the feature', async ({ rule, call, newUser, probeErrorCode }) => {
    rule('update.basic-edition.51013', 'mark.basic-edition.51013', 'del.basic-edition.51013');
    const user = await newUser();
    const probe = await call('recentcontact/create_contact_group', { From_Account: user, GroupContactItem: [{ GroupName: 'edition-probe' }] });
    test.skip(probe.ErrorCode !== 51013, `the target supports conversation groups (create_contact_group answered ErrorCode ${probe.ErrorCode}), so 51013 cannot be triggered`);
    await probeErrorCode({ rule: 'update.basic-edition.51013', api: 'recentcontact/update_contact_group', body: { From_Account: user, UpdateType: 1, UpdateGroup: { UpdateGroupType: 1, OldGroupName: 'a', NewGroupName: 'b' } }, code: 51013, how: 'rename on a basic-edition app' });
    await probeErrorCode({ rule: 'del.basic-edition.51013', api: 'recentcontact/del_contact_group', body: { From_Account: user, GroupName: ['edition-probe'] }, code: 51013, how: 'delete a conversation group on a basic-edition app' });
    const marked = await probeErrorCode({ rule: 'mark.basic-edition.51013', api: 'recentcontact/mark_contact', body: { From_Account: user, MarkItem: [{ OptType: 1, ContactItem: c2c(`${user}p0`), SetMark: [1] }] }, code: 51013, how: 'set a standard mark on a basic-edition app' });
    expect(marked.ErrorCode).not.toBe(0);
  });
});
