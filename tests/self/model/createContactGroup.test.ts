import { test, expect } from '@playwright/test';
import { modelConfig } from '../../../lib/model/defaults';
import { userView } from '../../../lib/model/userView';
import { c2c, call, nameOfBytes, snapshot, withGroup, withUsers } from './modelFixture';

const API = 'recentcontact/create_contact_group';
const create = (name: unknown, items?: unknown[], from = 'u1') => ({
  From_Account: from,
  GroupContactItem: [{ GroupName: name, ...(items !== undefined && { ContactItem: items }) }],
});

test('create_contact_group answers exactly like the doc sample', () => {
  const state = withUsers('user15', 'user1');
  const result = call(state, API, { From_Account: 'user15', GroupContactItem: [{ GroupName: 'test2', ContactItem: [c2c('user1')] }] });
  expect(result.response).toEqual({
    GroupResultItem: [{ GroupItem: { GroupName: 'test2', GroupId: 1 }, ResultItem: [{ ContactItem: c2c('user1'), ResultCode: 0, ResultInfo: '' }] }],
    ActionStatus: 'OK',
    ErrorCode: 0,
    ErrorInfo: '',
  });
  expect(userView(result.state, 'user15')?.conversations.map((c) => c.groupIds)).toEqual([[1]]);
});

test('create_contact_group without ContactItem creates an empty group', () => {
  const result = call(withUsers('u1'), API, create('g'));
  expect(result.response.ActionStatus).toBe('OK');
  expect(userView(result.state, 'u1')).toEqual({ groups: [{ id: 1, name: 'g' }], conversations: [] });
});

test('create_contact_group rejects a From_Account that is not imported with 50001', () => {
  const state = withUsers('u1');
  const result = call(state, API, create('g', [], 'ghost'));
  expect(result.response.ErrorCode).toBe(50001);
  expect(result.state).toBe(state);
});

test('create_contact_group adds only one conversation group at a time (0 or 2 entries → 50002)', () => {
  const state = withUsers('u1');
  for (const GroupContactItem of [[], [{ GroupName: 'a' }, { GroupName: 'b' }]]) {
    expect(call(state, API, { From_Account: 'u1', GroupContactItem }).response.ErrorCode).toBe(50002);
  }
});

test('create_contact_group rejects wrong shapes with 50002', () => {
  const state = withUsers('u1');
  for (const body of [null, [], 'x', {}, { From_Account: 'u1' }, create(7), create(''), create('g', [{ Type: 3, To_Account: 'x' }]), create('g', [{ Type: 1 }]), { ...create('g'), From_Account: 1 }]) {
    expect(call(state, API, body).response, JSON.stringify(body)).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: 50002 });
  }
  expect(call(state, API, { From_Account: 'u1', GroupContactItem: [{ GroupName: 'g', ContactItem: 'x' }] }).response.ErrorCode).toBe(50002);
});

for (const unit of [1, 2, 4] as const) {
  test(`create_contact_group accepts a 64-byte name and rejects a 65..68-byte name of ${unit}-byte characters with 51011`, () => {
    const state = withUsers('u1');
    expect(call(state, API, create(nameOfBytes(64, unit))).response.ActionStatus).toBe('OK');
    expect(call(state, API, create(nameOfBytes(64 - unit, unit))).response.ActionStatus).toBe('OK');
    const over = call(state, API, create(nameOfBytes(64 + unit, unit)));
    expect(over.response.ErrorCode).toBe(51011);
    expect(over.state).toBe(state);
  });
}

test('create_contact_group rejects a 65-byte name with 51011 and accepts 63 and 64 bytes (1-byte characters)', () => {
  const state = withUsers('u1');
  expect(call(state, API, create(nameOfBytes(63))).response.ActionStatus).toBe('OK');
  expect(call(state, API, create(nameOfBytes(64))).response.ActionStatus).toBe('OK');
  expect(call(state, API, create(nameOfBytes(65))).response.ErrorCode).toBe(51011);
});

test('create_contact_group counts a 3-byte character straddling the 64-byte limit (63 ASCII + 中 = 66 bytes → 51011)', () => {
  const state = withUsers('u1');
  expect(call(state, API, create(`${'a'.repeat(61)}中`)).response.ActionStatus).toBe('OK');
  expect(call(state, API, create(`${'a'.repeat(62)}中`)).response.ErrorCode).toBe(51011);
  expect(call(state, API, create(`${'a'.repeat(63)}中`)).response.ErrorCode).toBe(51011);
});

test('create_contact_group follows limits.nameMaxBytes (a 65-byte name passes when the limit is 65)', () => {
  expect(call(withUsers('u1'), API, create(nameOfBytes(65)), modelConfig({ limits: { nameMaxBytes: 65 } })).response.ActionStatus).toBe('OK');
  expect(call(withUsers('u1'), API, create(nameOfBytes(33)), modelConfig({ limits: { nameMaxBytes: 32 } })).response.ErrorCode).toBe(51011);
});

test('create_contact_group allows 20 groups per user and rejects the 21st with 51010', () => {
  let state = withUsers('u1');
  for (let i = 1; i <= 19; i++) state = withGroup(state, 'u1', `g${i}`);
  const twentieth = call(state, API, create('g20'));
  expect(twentieth.response.ActionStatus).toBe('OK');
  const refused = call(twentieth.state, API, create('g21'));
  expect(refused.response.ErrorCode).toBe(51010);
  expect(snapshot(refused.state)).toBe(snapshot(twentieth.state));
});

test('create_contact_group accepts 100 initial conversations and rejects 101 with 51006', () => {
  const state = withUsers('u1');
  const items = (n: number) => Array.from({ length: n }, (_, i) => c2c(`p${i}`));
  expect(call(state, API, create('g', items(99))).response.ActionStatus).toBe('OK');
  const hundred = call(state, API, create('g', items(100)));
  expect((hundred.response.GroupResultItem as { ResultItem: unknown[] }[])[0]!.ResultItem).toHaveLength(100);
  expect(call(state, API, create('g', items(101))).response.ErrorCode).toBe(51006);
});

test('create_contact_group stamps the new conversations with request.now', () => {
  const result = call(withUsers('u1'), API, create('g', [c2c('p')]), undefined, 1234);
  expect(userView(result.state, 'u1')!.conversations[0]!.timestamp).toBe(1234);
});
