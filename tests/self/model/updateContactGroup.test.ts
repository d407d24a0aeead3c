import { test, expect } from '@playwright/test';
import { userView } from '../../../lib/model/userView';
import { c2c, call, g2c, nameOfBytes, snapshot, withChatGroup, withGroup, withUsers } from './modelFixture';

const API = 'recentcontact/update_contact_group';
const rename = (OldGroupName: unknown, NewGroupName: unknown, from = 'u1') => ({
  From_Account: from,
  UpdateType: 1,
  UpdateGroup: { UpdateGroupType: 1, OldGroupName, NewGroupName },
});
const members = (OldGroupName: string, items: unknown[], from = 'u1') => ({
  From_Account: from,
  UpdateType: 1,
  UpdateGroup: { UpdateGroupType: 2, OldGroupName, ContactUpdateItem: items },
});
const add = (item: unknown) => ({ ContactOptType: 1, ContactItem: item });
const remove = (item: unknown) => ({ ContactOptType: 2, ContactItem: item });

test('update_contact_group renames like the doc sample and keeps the GroupId', () => {
  const state = withGroup(withUsers('user_0001', 'p'), 'user_0001', 'group_0001', ['p']);
  const result = call(state, API, rename('group_0001', 'group_0002', 'user_0001'));
  expect(result.response).toEqual({
    UpdateType: 1,
    UpdateGroupResult: { UpdateGroupType: 1, GroupName: 'group_0002', GroupId: 1, OldGroupName: 'group_0001' },
    ActionStatus: 'OK',
    ErrorCode: 0,
    ErrorInfo: '',
  });
  const view = userView(result.state, 'user_0001')!;
  expect(view.groups).toEqual([{ id: 1, name: 'group_0002' }]);
  expect(view.conversations[0]!.groupIds).toEqual([1]);
});

test('update_contact_group adds and removes conversations like the doc sample', () => {
  let state = withUsers('user_0001', 'user_0002');
  const chat = withChatGroup(state, 'user_0001');
  state = withGroup(chat.state, 'user_0001', 'group_0001');
  state = call(state, API, members('group_0001', [add(g2c(chat.groupId))], 'user_0001')).state;
  const result = call(state, API, members('group_0001', [add(c2c('user_0002')), remove(g2c(chat.groupId))], 'user_0001'));
  expect(result.response).toEqual({
    UpdateType: 1,
    UpdateGroupResult: {
      UpdateGroupType: 2,
      GroupName: 'group_0001',
      GroupId: 1,
      OldGroupName: 'group_0001',
      ContactResultItem: [
        { ContactOptType: 1, ContactItem: c2c('user_0002'), ResultCode: 0, ResultInfo: '' },
        { ContactOptType: 2, ContactItem: g2c(chat.groupId), ResultCode: 0, ResultInfo: '' },
      ],
    },
    ActionStatus: 'OK',
    ErrorCode: 0,
    ErrorInfo: '',
  });
  // The group conversation lost its only group and has no marks: it holds no data any more.
  expect(userView(result.state, 'user_0001')!.conversations.map((c) => c.key)).toEqual(['c2c:user_0002']);
});

test('update_contact_group rejects an UpdateType other than 1 with 50002', () => {
  const state = withGroup(withUsers('u1'), 'u1', 'g');
  for (const UpdateType of [0, 2, '1', undefined]) {
    expect(call(state, API, { ...rename('g', 'h'), UpdateType }).response.ErrorCode).toBe(50002);
  }
});

test('update_contact_group rejects a missing UpdateGroup, an unknown UpdateGroupType or a missing NewGroupName with 50002', () => {
  const state = withGroup(withUsers('u1'), 'u1', 'g');
  expect(call(state, API, { From_Account: 'u1', UpdateType: 1 }).response.ErrorCode).toBe(50002);
  expect(call(state, API, { From_Account: 'u1', UpdateType: 1, UpdateGroup: { UpdateGroupType: 3, OldGroupName: 'g' } }).response.ErrorCode).toBe(50002);
  expect(call(state, API, rename('g', undefined)).response.ErrorCode).toBe(50002);
  expect(call(state, API, members('g', [{ ContactOptType: 3, ContactItem: c2c('p') }])).response.ErrorCode).toBe(50002);
});

test('update_contact_group rejects an unknown OldGroupName with 51009 and changes nothing', () => {
  const state = withGroup(withUsers('u1'), 'u1', 'g');
  for (const body of [rename('nope', 'h'), members('nope', [add(c2c('p'))])]) {
    const result = call(state, API, body);
    expect(result.response.ErrorCode).toBe(51009);
    expect(result.state).toBe(state);
  }
});

test('update_contact_group rejects a From_Account that is not imported with 50001', () => {
  expect(call(withUsers('u1'), API, rename('g', 'h', 'ghost')).response.ErrorCode).toBe(50001);
});

test('update_contact_group rejects a 65-byte NewGroupName with 51011 and changes nothing', () => {
  const state = withGroup(withUsers('u1'), 'u1', 'g');
  const result = call(state, API, rename('g', nameOfBytes(65)));
  expect(result.response.ErrorCode).toBe(51011);
  expect(snapshot(result.state)).toBe(snapshot(state));
  expect(call(state, API, rename('g', nameOfBytes(64))).response.ActionStatus).toBe('OK');
  expect(call(state, API, rename('g', nameOfBytes(63))).response.ActionStatus).toBe('OK');
  expect(call(state, API, rename('g', nameOfBytes(64, 2))).response.ActionStatus).toBe('OK');
  expect(call(state, API, rename('g', nameOfBytes(66, 2))).response.ErrorCode).toBe(51011);
  expect(call(state, API, rename('g', nameOfBytes(64, 4))).response.ActionStatus).toBe('OK');
  expect(call(state, API, rename('g', nameOfBytes(68, 4))).response.ErrorCode).toBe(51011);
  expect(call(state, API, rename('g', `${'a'.repeat(62)}中`)).response.ErrorCode).toBe(51011);
});

test('update_contact_group takes 1..100 ContactUpdateItem entries and rejects 0 or 101 with 51006', () => {
  const state = withGroup(withUsers('u1'), 'u1', 'g');
  const items = (n: number) => Array.from({ length: n }, (_, i) => add(c2c(`p${i}`)));
  expect(call(state, API, members('g', items(0))).response.ErrorCode).toBe(51006);
  expect(call(state, API, members('g', items(1))).response.ActionStatus).toBe('OK');
  expect(call(state, API, members('g', items(99))).response.ActionStatus).toBe('OK');
  expect(call(state, API, members('g', items(100))).response.ActionStatus).toBe('OK');
  const over = call(state, API, members('g', items(101)));
  expect(over.response.ErrorCode).toBe(51006);
  expect(over.state).toBe(state);
});

test('update_contact_group renaming a group to its own name is a no-op success', () => {
  const state = withGroup(withUsers('u1'), 'u1', 'g');
  const result = call(state, API, rename('g', 'g'));
  expect(result.response.ActionStatus).toBe('OK');
  expect(result.consulted.size).toBe(0);
  expect(userView(result.state, 'u1')!.groups).toEqual([{ id: 1, name: 'g' }]);
});

test('update_contact_group leaves the Timestamp of untouched conversations alone', () => {
  let state = withGroup(withUsers('u1'), 'u1', 'g', ['a']);
  state = call(state, API, members('g', [add(c2c('b'))]), undefined, 2000).state;
  state = call(state, API, rename('g', 'h'), undefined, 3000).state;
  expect(userView(state, 'u1')!.conversations.map((c) => [c.key, c.timestamp])).toEqual([
    ['c2c:a', 1_700_000_000],
    ['c2c:b', 2000],
  ]);
});
