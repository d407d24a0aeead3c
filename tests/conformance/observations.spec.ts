/**
 * Where the docs are silent (tencent-chat-api-notes.md §5 and §9): record what the
 * target does, never fail. Only the envelope invariants (checked by `call`) can fail here.
 */
import { test } from './fixtures';
import { createGroup, createGroupId, deleteGroup, markContacts, renameGroup, searchContacts, searchItem, updateContacts } from './support/actions';
import { c2c, contactLabel, groupChat } from './support/contacts';
import { describeRejection, rejectionOf } from './support/rejectionOf';

test.describe.configure({ mode: 'parallel' });

const UPDATE = 'recentcontact/update_contact_group' as const;
const CREATE = 'recentcontact/create_contact_group' as const;
const SEARCH = 'recentcontact/search_contact_group' as const;
const MARK = 'recentcontact/mark_contact' as const;

test.describe('undocumented behaviour (observed, never failed)', { tag: '@observations' }, () => {
  test('records what happens to duplicate and taken group names', async ({ call, newUser, observe }) => {
    const user = await newUser();
    await createGroupId(call, user, 'a');
    await createGroupId(call, user, 'b');
    const duplicate = rejectionOf(CREATE, await createGroup(call, user, 'a'));
    observe({ id: 'create.duplicate-name', endpoint: CREATE, question: 'What does create_contact_group answer for a name the user already has?', observed: describeRejection(duplicate), choice: { name: 'duplicateNameOnCreate', value: duplicate.where === 'none' ? 'return-existing' : 'reject' } });
    const onto = rejectionOf(UPDATE, await renameGroup(call, user, 'a', 'b'));
    observe({ id: 'update.rename-onto-taken-name', endpoint: UPDATE, question: 'What does a rename onto a name the user already has answer?', observed: describeRejection(onto), choice: { name: 'renameOntoExisting', value: onto.where === 'none' ? 'allow' : 'reject' } });
  });

  test('records re-adding a member and removing a non-member', async ({ call, newUser, observe }) => {
    const user = await newUser();
    const contact = c2c(`${user}p0`);
    await createGroupId(call, user, 'g', [contact]);
    const reAdd = rejectionOf(UPDATE, await updateContacts(call, user, 'g', [{ op: 1, contact }]));
    observe({ id: 'update.re-add-member', endpoint: UPDATE, question: 'What does adding a conversation already in the group answer?', observed: describeRejection(reAdd), choice: { name: 'reAddMember', value: reAdd.where === 'none' ? 'ok' : 'item-error' } });
    const removeNone = rejectionOf(UPDATE, await updateContacts(call, user, 'g', [{ op: 2, contact: c2c(`${user}p9`) }]));
    observe({ id: 'update.remove-non-member', endpoint: UPDATE, question: 'What does removing a conversation that is not in the group answer?', observed: describeRejection(removeNone), choice: { name: 'removeNonMember', value: removeNone.where === 'none' ? 'ok' : 'item-error' } });
  });

  test('records whether marking or removing a group conversation of a chat group the user is not in is checked', async ({ call, newUsers, newChatGroup, observe }) => {
    // 51007 is documented for adding such a conversation (update-contacts.spec.ts) and, on mark_contact, for a
    // disbanded group; for marking or removing one of a group that exists the pages are silent (g2cCheckOnMark,
    // g2cCheckOnRemove in lib/model/choicePoints.ts).
    const [user, stranger] = await newUsers(2);
    await createGroupId(call, user!, 'g');
    const foreign = groupChat(await newChatGroup({ owner: stranger! }));
    const marked = await markContacts(call, user!, [{ OptType: 1, ContactItem: foreign, SetMark: [1] }]);
    const markedAnswer = rejectionOf(MARK, marked);
    // Accepted means unchecked; a rejection other than 51007 says nothing about the check.
    const markChecked = markedAnswer.where === 'none' ? 'skip' : markedAnswer.code === 51007 ? 'check' : undefined;
    observe({ id: 'mark.non-member-group-conversation', endpoint: MARK, question: 'What does marking a group conversation of a chat group the user is not in answer?', observed: describeRejection(markedAnswer), ...(markChecked && { choice: { name: 'g2cCheckOnMark', value: markChecked } }) });
    const removed = await updateContacts(call, user!, 'g', [{ op: 2, contact: foreign }]);
    const removedAnswer = rejectionOf(UPDATE, removed);
    // Only 0 and 51007 tell: another item error may be removeNonMember's.
    const removeChecked = removedAnswer.where === 'none' ? 'skip' : removedAnswer.code === 51007 ? 'check' : undefined;
    observe({ id: 'update.remove-non-member-group-conversation', endpoint: UPDATE, question: 'What does removing (from a group it is not in) a group conversation of a chat group the user is not in answer?', observed: describeRejection(removedAnswer), ...(removeChecked && { choice: { name: 'g2cCheckOnRemove', value: removeChecked } }) });
  });

  test('records the same bit in SetMark and ClearMark', async ({ call, newUser, observe }) => {
    const user = await newUser();
    const contact = c2c(`${user}p0`);
    const answer = await markContacts(call, user, [{ OptType: 1, ContactItem: contact, SetMark: [7], ClearMark: [7] }]);
    const mark = searchItem(await searchContacts(call, user, [contact]), contact)?.StandardMark;
    const accepted = rejectionOf(MARK, answer).where === 'none';
    observe({
      id: 'mark.set-and-clear-same-bit',
      endpoint: MARK,
      question: 'Which wins when one call sets and clears the same bit?',
      observed: `${describeRejection(rejectionOf(MARK, answer))}; StandardMark ${JSON.stringify(mark)}`,
      // Bit 7 is the only bit named: any '1' in the string is it, whatever the character order.
      ...(accepted && typeof mark === 'string' && { choice: { name: 'setAndClearSameBit', value: mark.includes('1') ? 'set-wins' : 'clear-wins' } }),
    });
  });

  test('records GroupId reuse after a delete', async ({ call, newUser, observe }) => {
    const user = await newUser();
    const first = await createGroupId(call, user, 'a');
    await createGroupId(call, user, 'b');
    await deleteGroup(call, user, 'a');
    const next = await createGroupId(call, user, 'c');
    observe({ id: 'create.group-id-reuse', endpoint: CREATE, question: 'Is a deleted GroupId handed out again?', observed: next === first ? `yes: the new group got the deleted id ${first}` : `no: deleted ${first}, new group got ${next}`, choice: { name: 'groupIdAllocation', value: next === first ? 'reuse-lowest' : 'monotonic' } });
  });

  test('records search item order, an empty search item and RequestId', async ({ call, newUser, observe }) => {
    const user = await newUser();
    const [p0, p1, empty] = [c2c(`${user}p0`), c2c(`${user}p1`), c2c(`${user}none`)];
    await createGroupId(call, user, 'g', [p0, p1]);
    const found = await searchContacts(call, user, [p1, p0, empty]);
    const items = Array.isArray(found.ContactResultItem) ? (found.ContactResultItem as Record<string, unknown>[]) : [];
    const labels = items.map(contactLabel);
    const asAsked = labels.indexOf(contactLabel(p1)) < labels.indexOf(contactLabel(p0));
    observe({ id: 'search.item-order', endpoint: SEARCH, question: 'In which order are search results returned?', observed: `asked p1, p0, none; got ${labels.join(', ')}`, choice: { name: 'itemOrder', value: asAsked ? 'request-order' : 'reverse' } });
    const emptyItem = searchItem(found, empty);
    observe({ id: 'search.empty-item', endpoint: SEARCH, question: 'What comes back for a searched conversation with no data?', observed: emptyItem ? `an item: ${JSON.stringify(emptyItem)}` : 'omitted', choice: { name: 'searchEmptyItem', value: emptyItem ? 'include-empty' : 'omit' } });
    observe({ id: 'envelope.request-id', endpoint: SEARCH, question: 'Do answers carry a RequestId?', observed: 'RequestId' in found ? `yes (${typeof found.RequestId})` : 'no' });
  });
});
