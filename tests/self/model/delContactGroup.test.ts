import { test, expect } from '@playwright/test';
import { userView } from '../../../lib/model/userView';
import { call, snapshot, withGroup, withUsers } from './modelFixture';

const API = 'recentcontact/del_contact_group';

test('del_contact_group answers like the doc sample', () => {
  let state = withGroup(withUsers('user15'), 'user15', 'first');
  state = withGroup(state, 'user15', 'test0');
  const result = call(state, API, { From_Account: 'user15', GroupName: ['test0'] });
  expect(result.response).toEqual({ GroupItem: [{ GroupName: 'test0', GroupId: 2 }], ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' });
  expect(userView(result.state, 'user15')!.groups).toEqual([{ id: 1, name: 'first' }]);
});

test('del_contact_group deletes only one group at a time (0 or 2 names → 50002)', () => {
  const state = withGroup(withGroup(withUsers('u1'), 'u1', 'a'), 'u1', 'b');
  for (const GroupName of [[], ['a', 'b'], 'a', [1], ['']]) {
    const result = call(state, API, { From_Account: 'u1', GroupName });
    expect(result.response.ErrorCode, JSON.stringify(GroupName)).toBe(50002);
    expect(result.state).toBe(state);
  }
});

test('del_contact_group rejects an unknown group with 51009 and a non-imported user with 50001', () => {
  const state = withGroup(withUsers('u1'), 'u1', 'a');
  expect(call(state, API, { From_Account: 'u1', GroupName: ['zzz'] }).response.ErrorCode).toBe(51009);
  expect(call(state, API, { From_Account: 'ghost', GroupName: ['a'] }).response.ErrorCode).toBe(50001);
});

test('deleting a group removes its id from every conversation and stamps them with now', () => {
  let state = withGroup(withUsers('u1'), 'u1', 'a', ['p', 'q']);
  state = withGroup(state, 'u1', 'b', ['p']);
  const result = call(state, API, { From_Account: 'u1', GroupName: ['a'] }, undefined, 5000);
  const view = userView(result.state, 'u1')!;
  // q had only group a and no marks: it holds no data now and is dropped.
  expect(view.conversations.map((c) => [c.key, c.groupIds, c.timestamp])).toEqual([['c2c:p', [2], 5000]]);
});

test('deleting a group leaves other users alone (structural sharing)', () => {
  let state = withGroup(withUsers('u1', 'u2'), 'u1', 'a', ['p']);
  state = withGroup(state, 'u2', 'a', ['p']);
  const before = snapshot(state);
  const result = call(state, API, { From_Account: 'u1', GroupName: ['a'] });
  expect(result.state.users.get('u2')).toBe(state.users.get('u2'));
  expect(userView(result.state, 'u2')!.groups).toHaveLength(1);
  expect(snapshot(state)).toBe(before);
});

test('del_contact_group rejects a name over the byte limit with 51011 (listed on the del page) and changes nothing', () => {
  const state = withGroup(withUsers('u1'), 'u1', 'a');
  const result = call(state, API, { From_Account: 'u1', GroupName: ['x'.repeat(65)] });
  expect(result.response.ErrorCode).toBe(51011);
  expect(result.state).toBe(state);
  expect(call(state, API, { From_Account: 'u1', GroupName: ['x'.repeat(64)] }).response.ErrorCode).toBe(51009);
});
