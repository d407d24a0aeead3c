import { test, expect } from '@playwright/test';
import { modelConfig } from '../../../lib/model/defaults';
import { userView } from '../../../lib/model/userView';
import { c2c, call, must, search, withGroup, withUsers } from './modelFixture';

const CREATE = 'recentcontact/create_contact_group';
const UPDATE = 'recentcontact/update_contact_group';
const MARK = 'recentcontact/mark_contact';
const create = (name: string, peers: string[] = []) => ({ From_Account: 'u1', GroupContactItem: [{ GroupName: name, ContactItem: peers.map(c2c) }] });
const rename = (from: string, to: string) => ({ From_Account: 'u1', UpdateType: 1, UpdateGroup: { UpdateGroupType: 1, OldGroupName: from, NewGroupName: to } });
const membership = (ContactOptType: number, peer: string) => ({
  From_Account: 'u1',
  UpdateType: 1,
  UpdateGroup: { UpdateGroupType: 2, OldGroupName: 'g', ContactUpdateItem: [{ ContactOptType, ContactItem: c2c(peer) }] },
});

test('duplicateNameOnCreate reject: a second group with the same name gets 50002', () => {
  const state = withGroup(withUsers('u1'), 'u1', 'g');
  const result = call(state, CREATE, create('g', ['p']));
  expect(result.response.ErrorCode).toBe(50002);
  expect([...result.consulted]).toEqual(['duplicateNameOnCreate', 'undocumentedErrorCode']);
});

test('duplicateNameOnCreate return-existing: the existing group id comes back and the items are added', () => {
  const config = modelConfig({ choices: { duplicateNameOnCreate: 'return-existing' } });
  let state = withGroup(withUsers('u1'), 'u1', 'other');
  state = withGroup(state, 'u1', 'g');
  const result = call(state, CREATE, create('g', ['p']), config);
  expect(result.response.GroupResultItem).toEqual([{ GroupItem: { GroupName: 'g', GroupId: 2 }, ResultItem: [expect.objectContaining({ ResultCode: 0 })] }]);
  expect(userView(result.state, 'u1')!.groups).toHaveLength(2);
  expect(result.consulted.has('duplicateNameOnCreate')).toBe(true);
});

test('renameOntoExisting reject: renaming onto a taken name gets 50002', () => {
  const state = withGroup(withGroup(withUsers('u1'), 'u1', 'a'), 'u1', 'b');
  const result = call(state, UPDATE, rename('b', 'a'));
  expect(result.response.ErrorCode).toBe(50002);
  expect(result.consulted.has('renameOntoExisting')).toBe(true);
});

test('renameOntoExisting allow: names may repeat and later lookups take the lowest id', () => {
  const config = modelConfig({ choices: { renameOntoExisting: 'allow' } });
  let state = withGroup(withGroup(withUsers('u1'), 'u1', 'a'), 'u1', 'b');
  state = must(state, UPDATE, rename('b', 'a'), config);
  expect(userView(state, 'u1')!.groups).toEqual([{ id: 1, name: 'a' }, { id: 2, name: 'a' }]);
  const deleted = call(state, 'recentcontact/del_contact_group', { From_Account: 'u1', GroupName: ['a'] }, config);
  expect(deleted.response.GroupItem).toEqual([{ GroupName: 'a', GroupId: 1 }]);
});

test('reAddMember ok: re-adding a member answers ResultCode 0 and keeps one membership', () => {
  const state = withGroup(withUsers('u1'), 'u1', 'g', ['p']);
  const result = call(state, UPDATE, membership(1, 'p'), undefined, 9);
  expect((result.response.UpdateGroupResult as { ContactResultItem: unknown[] }).ContactResultItem).toEqual([expect.objectContaining({ ResultCode: 0 })]);
  expect(userView(result.state, 'u1')!.conversations[0]).toMatchObject({ groupIds: [1], timestamp: 1_700_000_000 });
  expect(result.consulted.has('reAddMember')).toBe(true);
});

test('reAddMember item-error: re-adding a member answers a non-zero ResultCode', () => {
  const state = withGroup(withUsers('u1'), 'u1', 'g', ['p']);
  const result = call(state, UPDATE, membership(1, 'p'), modelConfig({ choices: { reAddMember: 'item-error' } }));
  expect((result.response.UpdateGroupResult as { ContactResultItem: unknown[] }).ContactResultItem).toEqual([expect.objectContaining({ ResultCode: 50002 })]);
  expect([...result.consulted].sort()).toEqual(['placeMembershipFailure', 'reAddMember', 'undocumentedErrorCode']);
});

test('removeNonMember ok and item-error: removing a non-member answers 0 or a non-zero ResultCode', () => {
  const state = withGroup(withUsers('u1'), 'u1', 'g');
  const ok = call(state, UPDATE, membership(2, 'p'));
  expect((ok.response.UpdateGroupResult as { ContactResultItem: unknown[] }).ContactResultItem).toEqual([expect.objectContaining({ ResultCode: 0 })]);
  expect(ok.consulted.has('removeNonMember')).toBe(true);
  const err = call(state, UPDATE, membership(2, 'p'), modelConfig({ choices: { removeNonMember: 'item-error', placeMembershipFailure: 'top-level' } }));
  expect(err.response).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: 50002 });
});

test('standardMarkBitOrder: bit 1 alone reads "10" msb-first and "01" lsb-first, bit 0 alone consults nothing', () => {
  const state = must(withUsers('u1'), MARK, { From_Account: 'u1', MarkItem: [{ OptType: 1, ContactItem: c2c('p'), SetMark: [1] }, { OptType: 1, ContactItem: c2c('q'), SetMark: [0] }] });
  const msb = call(state, 'recentcontact/search_contact_group', { From_Account: 'u1', ContactItem: [c2c('p')] });
  expect((msb.response.ContactResultItem as { StandardMark: string }[])[0]!.StandardMark).toBe('10');
  expect([...msb.consulted]).toEqual(['standardMarkBitOrder']);
  const lsb = search(state, 'u1', [c2c('p')], modelConfig({ choices: { standardMarkBitOrder: 'lsb-first' } }));
  expect((lsb.ContactResultItem as { StandardMark: string }[])[0]!.StandardMark).toBe('01');
  const palindrome = call(state, 'recentcontact/search_contact_group', { From_Account: 'u1', ContactItem: [c2c('q')] });
  expect(palindrome.consulted.size).toBe(0);
});

test('groupIdAllocation: after deleting group 1, reuse-lowest hands out 1 and monotonic hands out 3', () => {
  for (const [groupIdAllocation, expected] of [['reuse-lowest', 1], ['monotonic', 3]] as const) {
    const config = modelConfig({ choices: { groupIdAllocation } });
    let state = withGroup(withGroup(withUsers('u1'), 'u1', 'a', [], config), 'u1', 'b', [], config);
    state = must(state, 'recentcontact/del_contact_group', { From_Account: 'u1', GroupName: ['a'] }, config);
    const result = call(state, CREATE, create('c'), config);
    expect(result.response.GroupResultItem).toEqual([expect.objectContaining({ GroupItem: { GroupName: 'c', GroupId: expected } })]);
    expect(result.consulted.has('groupIdAllocation')).toBe(true);
  }
});

test('groupIdAllocation is not consulted when both policies give the same id', () => {
  const result = call(withGroup(withUsers('u1'), 'u1', 'a'), CREATE, create('b'));
  expect(result.consulted.has('groupIdAllocation')).toBe(false);
});

test('itemOrder: search lists conversations in request order or reversed, and consults it only for 2+ items', () => {
  const state = withGroup(withUsers('u1'), 'u1', 'g', ['a', 'b', 'c']);
  const names = (items: unknown) => (items as { To_Account: string }[]).map((i) => i.To_Account);
  const forward = call(state, 'recentcontact/search_contact_group', { From_Account: 'u1', ContactItem: [c2c('c'), c2c('a')] });
  expect(names(forward.response.ContactResultItem)).toEqual(['c', 'a']);
  expect(forward.consulted.has('itemOrder')).toBe(true);
  expect(names(search(state, 'u1', [c2c('c'), c2c('a')], modelConfig({ choices: { itemOrder: 'reverse' } })).ContactResultItem)).toEqual(['a', 'c']);
  const single = call(state, 'recentcontact/search_contact_group', { From_Account: 'u1', ContactItem: [c2c('a')] });
  expect(single.consulted.has('itemOrder')).toBe(false);
});

test('itemOrder: get_contact_group lists conversations in first-touched order or reversed', () => {
  const state = withGroup(withUsers('u1'), 'u1', 'g', ['a', 'b', 'c']);
  const names = (config?: ReturnType<typeof modelConfig>) =>
    (call(state, 'recentcontact/get_contact_group', { From_Account: 'u1', StartIndex: 0 }, config).response.ContactItem as { To_Account: string }[]).map((i) => i.To_Account);
  expect(names()).toEqual(['a', 'b', 'c']);
  expect(names(modelConfig({ choices: { itemOrder: 'reverse' } }))).toEqual(['c', 'b', 'a']);
});

test('getPageSize: get_contact_group consults it and splits pages by it', () => {
  const state = withGroup(withUsers('u1'), 'u1', 'g', ['a', 'b', 'c']);
  const result = call(state, 'recentcontact/get_contact_group', { From_Account: 'u1', StartIndex: 0 }, modelConfig({ choices: { getPageSize: 2 } }));
  expect(result.response).toMatchObject({ CompleteFlag: 0, NextStartIndex: 2 });
  expect(result.consulted.has('getPageSize')).toBe(true);
});

test('searchEmptyItem: a conversation with no data is an empty item or omitted', () => {
  const state = withUsers('u1');
  const included = call(state, 'recentcontact/search_contact_group', { From_Account: 'u1', ContactItem: [c2c('nobody')] });
  expect(included.response.ContactResultItem).toEqual([{ Type: 1, To_Account: 'nobody', StandardMark: '', Timestamp: 0 }]);
  expect(included.consulted.has('searchEmptyItem')).toBe(true);
  expect(search(state, 'u1', [c2c('nobody')], modelConfig({ choices: { searchEmptyItem: 'omit' } })).ContactResultItem).toEqual([]);
});

test('setAndClearSameBit: the same bit in SetMark and ClearMark is set or cleared by the choice', () => {
  const body = { From_Account: 'u1', MarkItem: [{ OptType: 1, ContactItem: c2c('p'), SetMark: [3, 40], ClearMark: [40] }] };
  const setWins = call(withUsers('u1'), MARK, body);
  expect(userView(setWins.state, 'u1')!.conversations[0]!.standardMark).toBe((1n << 3n) | (1n << 40n));
  expect([...setWins.consulted]).toEqual(['setAndClearSameBit']);
  const clearWins = call(withUsers('u1'), MARK, body, modelConfig({ choices: { setAndClearSameBit: 'clear-wins' } }));
  expect(userView(clearWins.state, 'u1')!.conversations[0]!.standardMark).toBe(1n << 3n);
});

test('a plain write with no undocumented case consults nothing', () => {
  const result = call(withUsers('u1'), MARK, { From_Account: 'u1', MarkItem: [{ OptType: 1, ContactItem: c2c('p'), SetMark: [1] }] });
  expect(result.consulted.size).toBe(0);
});
