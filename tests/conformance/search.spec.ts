/** search_contact_group (search_contact_group.txt). The 300-item limit lives in limits.spec.ts. */
import { test, expect } from './fixtures';
import { createGroupId, markContacts, searchContacts, searchItem, groupIdsOf } from './support/actions';
import { c2c } from './support/contacts';

test.describe.configure({ mode: 'parallel' });

test.describe('search_contact_group', { tag: '@search' }, () => {
  test('returns each conversation\'s groups and marks with the GroupItem dictionary for those ids', async ({ rule, call, newUser }) => {
    rule('search.reads-groups-and-marks');
    const user = await newUser();
    const [p0, p1] = [c2c(`${user}p0`), c2c(`${user}p1`)];
    const a = await createGroupId(call, user, 'a', [p0, p1]);
    const b = await createGroupId(call, user, 'b', [p0]);
    await markContacts(call, user, [{ OptType: 2, ContactItem: p1, CustomMark: 'custom' }]);
    const found = await searchContacts(call, user, [p0, p1]);
    expect(groupIdsOf(searchItem(found, p0))).toEqual([a, b].sort((x, y) => x - y));
    expect(groupIdsOf(searchItem(found, p1))).toEqual([a]);
    expect(searchItem(found, p1)?.CustomMark).toBe('custom');
    expect(found.GroupItem).toEqual(expect.arrayContaining([{ GroupName: 'a', GroupId: a }, { GroupName: 'b', GroupId: b }]));
  });

  test('rejects a From_Account that was never imported with 50001', async ({ rule, probeErrorCode, runPrefix }) => {
    rule('search.not-imported.50001');
    await probeErrorCode({ rule: 'search.not-imported.50001', api: 'recentcontact/search_contact_group', body: { From_Account: `${runPrefix}ghost`, ContactItem: [c2c('x')] }, code: 50001, how: 'search for a From_Account that was never imported' });
  });
});
