/**
 * Each documented sample request, replayed with fresh fixtures in place of the
 * sample's user_0001 / user_0002 / @TGS#1B2AUI7RZ, answered as the sample response shows.
 */
import { test, expect } from './fixtures';
import { createGroupId, deleteGroup, markContacts, renameGroup, searchContacts, searchItem, updateContacts, groupIdsOf } from './support/actions';
import { c2c, groupChat } from './support/contacts';
import { inconclusiveAfterRetry } from './support/inconclusiveAfterRetry';
import { bitsOf } from './support/standardMark';

test.describe.configure({ mode: 'parallel' });

test.describe('documented examples', { tag: '@examples' }, () => {
  test('update_contact_group: "Update Group Name" and "Update Conversations in Group" answer like the samples', async ({ rule, call, newUsers, newChatGroup }) => {
    rule('update.doc-example');
    const [user, peer] = await newUsers(2);
    const chat = await newChatGroup({ owner: user! });
    const id = await createGroupId(call, user!, 'group_0001', [groupChat(chat)]);
    const renamed = await renameGroup(call, user!, 'group_0001', 'group_0002');
    inconclusiveAfterRetry('recentcontact/update_contact_group', renamed, 'the sample rename');
    expect(renamed).toMatchObject({ UpdateType: 1, UpdateGroupResult: { UpdateGroupType: 1, GroupName: 'group_0002', GroupId: id, OldGroupName: 'group_0001' }, ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' });
    const updated = await updateContacts(call, user!, 'group_0002', [{ op: 1, contact: c2c(peer!) }, { op: 2, contact: groupChat(chat) }]);
    inconclusiveAfterRetry('recentcontact/update_contact_group', updated, 'the sample add and remove');
    expect(updated).toMatchObject({
      UpdateType: 1,
      UpdateGroupResult: {
        UpdateGroupType: 2, GroupName: 'group_0002', GroupId: id, OldGroupName: 'group_0002',
        ContactResultItem: [
          { ContactOptType: 1, ContactItem: c2c(peer!), ResultCode: 0, ResultInfo: '' },
          { ContactOptType: 2, ContactItem: groupChat(chat), ResultCode: 0, ResultInfo: '' },
        ],
      },
      ActionStatus: 'OK', ErrorCode: 0,
    });
  });

  test('mark_contact: the OptType 3 sample sets bits 1, 2, 3 and CustomMark "abcd"', async ({ rule, call, newUser, standardMarkOrder }) => {
    rule('mark.doc-example');
    const order = await standardMarkOrder();
    const user = await newUser();
    const contact = c2c(`${user}p2`);
    const answer = await markContacts(call, user, [{ OptType: 3, ContactItem: contact, SetMark: [1, 2, 3], CustomMark: 'abcd' }]);
    inconclusiveAfterRetry('recentcontact/mark_contact', answer, 'the sample mark');
    expect(answer).toMatchObject({ ResultItem: [{ OptType: 3, ContactItem: contact, ResultCode: 0, ResultInfo: '' }], ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' });
    const item = searchItem(await searchContacts(call, user, [contact]), contact);
    expect(bitsOf(item?.StandardMark ?? '', order)).toEqual([1, 2, 3]);
    expect(item?.CustomMark).toBe('abcd');
  });

  test('search_contact_group: the two-conversation sample returns both with groups and the group dictionary', async ({ rule, call, newUser, newChatGroup }) => {
    rule('search.doc-example');
    const user = await newUser();
    const chat = await newChatGroup({ owner: user });
    const [peer, group] = [c2c(`${user}p2`), groupChat(chat)];
    const g1 = await createGroupId(call, user, 'group_0001', [peer, group]);
    const g2 = await createGroupId(call, user, 'group_0002', [peer]);
    await markContacts(call, user, [{ OptType: 3, ContactItem: peer, SetMark: [1], CustomMark: 'abcde' }]);
    const found = await searchContacts(call, user, [peer, group]);
    expect(groupIdsOf(searchItem(found, peer))).toEqual([g1, g2].sort((a, b) => a - b));
    expect(searchItem(found, peer)?.CustomMark).toBe('abcde');
    expect(groupIdsOf(searchItem(found, group))).toEqual([g1]);
    expect(found.GroupItem).toEqual(expect.arrayContaining([{ GroupName: 'group_0001', GroupId: g1 }, { GroupName: 'group_0002', GroupId: g2 }]));
  });

  test('del_contact_group: the sample answers GroupItem with the deleted name and id', async ({ rule, call, newUser }) => {
    rule('del.doc-example');
    const user = await newUser();
    const id = await createGroupId(call, user, 'group_0001');
    const deleted = await deleteGroup(call, user, 'group_0001');
    inconclusiveAfterRetry('recentcontact/del_contact_group', deleted, 'the sample delete');
    expect(deleted).toMatchObject({ GroupItem: [{ GroupName: 'group_0001', GroupId: id }], ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' });
  });

  test('get_contact_group: the first-page sample returns the conversations, groups and CompleteFlag 1', async ({ rule, call, newUser }) => {
    rule('get.doc-example');
    const user = await newUser();
    const contact = c2c(`${user}p0`);
    const id = await createGroupId(call, user, 'test1x', [contact]);
    const page = await call('recentcontact/get_contact_group', { From_Account: user, StartIndex: 0 });
    expect(page).toMatchObject({ CompleteFlag: 1, GroupItem: [{ GroupName: 'test1x', GroupId: id }], ActionStatus: 'OK', ErrorCode: 0 });
    expect(page.ContactItem).toEqual([expect.objectContaining({ ...contact, ContactGroupId: [id] })]);
  });
});
