/**
 * update_contact_group, UpdateGroupType 2: add (ContactOptType 1) and remove
 * (ContactOptType 2) conversations of one named group (update_contact_group.page.txt).
 * Batch and cap limits live in limits.spec.ts.
 */
import { test, expect } from './fixtures';
import { createGroupDone, createGroupId, destroyChatGroup, findItem, groupIdsOf, searchContacts, searchItem, updateContactsDone } from './support/actions';
import { c2c, groupChat } from './support/contacts';
import { rejectionOf } from './support/rejectionOf';
import { requireWrite } from './support/writeTookEffect';

test.describe.configure({ mode: 'parallel' });

test.describe('update_contact_group contacts', { tag: '@update' }, () => {
  test('adds a conversation to the named group only, and search and get show it', async ({ rule, call, newUser, readAll, checkRule }) => {
    rule('update.contacts.add', 'update.contacts.only-named-group');
    const user = await newUser();
    const a = await createGroupId(call, user, 'a');
    const b = await createGroupId(call, user, 'b');
    const contact = c2c(`${user}p0`);
    const added = await updateContactsDone(call, user, 'a', [{ op: 1, contact }]);
    const found = await searchContacts(call, user, [contact]);
    const state = await readAll(user);
    await checkRule('update.contacts.add', `the add answered OK and the conversation in group ${a} via search and get`, () => {
      expect(added.done, `add answered ${added.seen}`).toBe(true);
      expect(groupIdsOf(searchItem(found, contact))).toContain(a);
      expect(groupIdsOf(findItem(state.contacts, contact))).toContain(a);
    });
    await checkRule('update.contacts.only-named-group', `conversation not in group ${b}`, () => {
      expect(groupIdsOf(searchItem(found, contact))).toEqual([a]);
      expect(groupIdsOf(findItem(state.contacts, contact))).toEqual([a]);
    });
    expect(b).not.toBe(a);
  });

  test('keeps a conversation in several groups and removes it from the named one only', async ({ rule, call, newUser, readAll, checkRule }) => {
    rule('update.contacts.multiple-groups', 'update.contacts.remove', 'update.contacts.only-named-group');
    const user = await newUser();
    const contact = c2c(`${user}p0`);
    const other = c2c(`${user}p1`);
    const ids = [await createGroupId(call, user, 'a'), await createGroupId(call, user, 'b'), await createGroupId(call, user, 'c')];
    for (const name of ['a', 'b', 'c']) await requireWrite('update.contacts.add', `adding two conversations to group "${name}" to answer OK`, await updateContactsDone(call, user, name, [{ op: 1, contact }, { op: 1, contact: other }]));
    await checkRule('update.contacts.multiple-groups', `conversation in groups ${ids.join(', ')}`, async () => {
      expect(groupIdsOf(searchItem(await searchContacts(call, user, [contact]), contact))).toEqual([...ids].sort((x, y) => x - y));
    });
    const removed = await updateContactsDone(call, user, 'b', [{ op: 2, contact }]);
    const expected = [ids[0]!, ids[2]!].sort((x, y) => x - y);
    const found = await searchContacts(call, user, [contact, other]);
    const state = await readAll(user);
    await checkRule('update.contacts.remove', `the remove answered OK and the conversation left group ${ids[1]}`, () => {
      expect(removed.done, `remove answered ${removed.seen}`).toBe(true);
      expect(groupIdsOf(searchItem(found, contact))).not.toContain(ids[1]);
      expect(groupIdsOf(findItem(state.contacts, contact))).not.toContain(ids[1]);
    });
    await checkRule('update.contacts.only-named-group', `conversation still in ${expected.join(', ')}; the other conversation untouched`, () => {
      expect(groupIdsOf(searchItem(found, contact))).toEqual(expected);
      expect(groupIdsOf(findItem(state.contacts, contact))).toEqual(expected);
      expect(groupIdsOf(searchItem(found, other))).toEqual([...ids].sort((x, y) => x - y));
    });
  });

  test('keeps each user\'s groups and conversations separate', async ({ rule, call, newUsers, readAll, checkRule }) => {
    rule('update.contacts.per-user');
    const [alice, bob] = await newUsers(2);
    const contact = c2c(`${alice!}p0`);
    await createGroupId(call, alice!, 'shared-name', [contact]);
    // Alice's create held, so a refusal of bob's is about the name being alice's: this rule, not create.creates-group.
    const bobs = await createGroupDone(call, bob!, 'shared-name');
    await checkRule('update.contacts.per-user', 'bob may create "shared-name", a name only alice has', () => expect(bobs.done, `bob's create answered ${bobs.seen}`).toBe(true));
    await createGroupId(call, bob!, 'bob-only');
    await requireWrite('update.contacts.add', 'adding a conversation to bob\'s group to answer OK', await updateContactsDone(call, bob!, 'shared-name', [{ op: 1, contact: c2c(`${bob!}p9`) }]));
    const aliceState = await readAll(alice!);
    const bobState = await readAll(bob!);
    expect(aliceState.groups.map((g) => g.GroupName)).toEqual(['shared-name']);
    expect(aliceState.contacts).toHaveLength(1);
    expect(findItem(bobState.contacts, contact)).toBeUndefined();
    expect(bobState.groups.map((g) => g.GroupName).sort()).toEqual(['bob-only', 'shared-name']);
    expect(groupIdsOf(searchItem(await searchContacts(call, bob!, [contact]), contact))).toEqual([]);
  });

  test('rejects adding a group conversation of a group the user is not in, or of a destroyed group, with 51007', async ({ rule, call, newUsers, newChatGroup, probeErrorCode, observe }) => {
    rule('update.contacts.not-member.51007');
    const [user, stranger] = await newUsers(2);
    await createGroupId(call, user!, 'g');
    const foreign = await newChatGroup({ owner: stranger! });
    const destroyed = await newChatGroup({ owner: user! });
    await destroyChatGroup(call, destroyed);
    for (const [how, groupId] of [['add a group conversation of a group the user is not in', foreign], ['add a group conversation of a destroyed group', destroyed]] as const) {
      const answer = await probeErrorCode({ rule: 'update.contacts.not-member.51007', api: 'recentcontact/update_contact_group', body: { From_Account: user!, UpdateType: 1, UpdateGroup: { UpdateGroupType: 2, OldGroupName: 'g', ContactUpdateItem: [{ ContactOptType: 1, ContactItem: groupChat(groupId) }] } }, code: 51007, how });
      observe({ id: 'update.51007.placement', endpoint: 'recentcontact/update_contact_group', question: 'Is 51007 reported per item (ResultCode) or top-level (ErrorCode)?', observed: rejectionOf('recentcontact/update_contact_group', answer).where });
    }
  });

  test('accepts a group conversation of a chat group the user is a member of', async ({ rule, call, newUsers, newChatGroup, readAll }) => {
    rule('update.contacts.add');
    const [owner, member] = await newUsers(2);
    const chat = await newChatGroup({ owner: owner!, members: [member!] });
    const id = await createGroupId(call, member!, 'g');
    const added = await updateContactsDone(call, member!, 'g', [{ op: 1, contact: groupChat(chat) }]);
    expect(added.done, `add answered ${added.seen}`).toBe(true);
    expect(groupIdsOf(findItem((await readAll(member!)).contacts, groupChat(chat)))).toEqual([id]);
  });
});
