import { test, expect } from '@playwright/test';
import { userView } from '../../../lib/model/userView';
import { c2c, call, nameOfBytes, search, withUsers } from './modelFixture';

const API = 'recentcontact/mark_contact';
const mark = (items: unknown[], from = 'u1') => ({ From_Account: from, MarkItem: items });
const item = (fields: Record<string, unknown>, to = 'p') => ({ OptType: 3, ContactItem: c2c(to), ...fields });

test('mark_contact answers like the doc sample and stores bits 1..3 and the custom mark', () => {
  const state = withUsers('user_0001');
  const result = call(state, API, mark([item({ SetMark: [1, 2, 3], CustomMark: 'abcd' }, 'user_0002')], 'user_0001'));
  expect(result.response).toEqual({
    ResultItem: [{ OptType: 3, ContactItem: c2c('user_0002'), ResultCode: 0, ResultInfo: '' }],
    ActionStatus: 'OK',
    ErrorCode: 0,
    ErrorInfo: '',
  });
  const [conversation] = userView(result.state, 'user_0001')!.conversations;
  expect(conversation).toMatchObject({ standardMark: 0b1110n, customMark: 'abcd', groupIds: [] });
});

test('mark_contact OptType 1 applies SetMark/ClearMark only and ignores CustomMark', () => {
  const result = call(withUsers('u1'), API, mark([item({ OptType: 1, SetMark: [4], CustomMark: 'x' })]));
  expect(userView(result.state, 'u1')!.conversations[0]).toEqual(expect.objectContaining({ standardMark: 16n }));
  expect(userView(result.state, 'u1')!.conversations[0]!.customMark).toBeUndefined();
});

test('mark_contact OptType 2 applies CustomMark only and ignores SetMark', () => {
  const result = call(withUsers('u1'), API, mark([item({ OptType: 2, SetMark: [4], CustomMark: 'x' })]));
  expect(userView(result.state, 'u1')!.conversations[0]).toMatchObject({ standardMark: 0n, customMark: 'x' });
});

test('mark_contact ClearMark clears bits and CustomMark "" clears the custom mark, dropping an empty conversation', () => {
  let state = call(withUsers('u1'), API, mark([item({ SetMark: [0, 40], CustomMark: 'x' })])).state;
  state = call(state, API, mark([item({ OptType: 1, ClearMark: [0] })])).state;
  expect(userView(state, 'u1')!.conversations[0]!.standardMark).toBe(1n << 40n);
  state = call(state, API, mark([item({ ClearMark: [40], CustomMark: '' })])).state;
  expect(userView(state, 'u1')!.conversations).toEqual([]);
});

test('mark_contact accepts bits 0, 31, 32 and 63 and rejects -1, 64, 1.5 and "1" with 50002', () => {
  const state = withUsers('u1');
  const ok = call(state, API, mark([item({ OptType: 1, SetMark: [0, 31, 32, 63] })]));
  expect(ok.response.ActionStatus).toBe('OK');
  expect(userView(ok.state, 'u1')!.conversations[0]!.standardMark).toBe((1n << 63n) | (1n << 32n) | (1n << 31n) | 1n);
  for (const bad of [-1, 64, 1.5, '1', null]) {
    for (const key of ['SetMark', 'ClearMark']) {
      const result = call(state, API, mark([item({ OptType: 1, [key]: [bad] })]));
      expect(result.response.ErrorCode, `${key} ${String(bad)}`).toBe(50002);
      expect(result.state).toBe(state);
    }
  }
});

test('mark bit 63 reads back through search as a 64-character StandardMark', () => {
  const state = call(withUsers('u1'), API, mark([item({ OptType: 1, SetMark: [63] })])).state;
  const found = search(state, 'u1', [c2c('p')]).ContactResultItem as { StandardMark: string }[];
  expect(found[0]!.StandardMark).toBe(`1${'0'.repeat(63)}`);
});

test('mark_contact accepts a 256-byte CustomMark and rejects 257 bytes with 50002', () => {
  const state = withUsers('u1');
  expect(call(state, API, mark([item({ OptType: 2, CustomMark: nameOfBytes(255) })])).response.ActionStatus).toBe('OK');
  expect(call(state, API, mark([item({ OptType: 2, CustomMark: nameOfBytes(256) })])).response.ActionStatus).toBe('OK');
  expect(call(state, API, mark([item({ OptType: 2, CustomMark: nameOfBytes(256, 4) })])).response.ActionStatus).toBe('OK');
  expect(call(state, API, mark([item({ OptType: 2, CustomMark: nameOfBytes(257) })])).response.ErrorCode).toBe(50002);
  expect(call(state, API, mark([item({ OptType: 2, CustomMark: `${'a'.repeat(254)}中` })])).response.ErrorCode).toBe(50002);
  expect(call(state, API, mark([item({ OptType: 2, CustomMark: 7 })])).response.ErrorCode).toBe(50002);
});

test('mark_contact takes 1..100 MarkItem entries and rejects 0 or 101 with 51006', () => {
  const state = withUsers('u1');
  const items = (n: number) => Array.from({ length: n }, (_, i) => item({ OptType: 1, SetMark: [0] }, `p${i}`));
  expect(call(state, API, mark(items(0))).response.ErrorCode).toBe(51006);
  expect(call(state, API, mark(items(1))).response.ActionStatus).toBe('OK');
  expect(call(state, API, mark(items(99))).response.ActionStatus).toBe('OK');
  expect(call(state, API, mark(items(100))).response.ActionStatus).toBe('OK');
  expect(call(state, API, mark(items(101))).response.ErrorCode).toBe(51006);
});

test('mark_contact rejects an unknown OptType or ContactItem with 50002 and a non-imported user with 50001', () => {
  const state = withUsers('u1');
  expect(call(state, API, mark([item({ OptType: 4 })])).response.ErrorCode).toBe(50002);
  expect(call(state, API, mark([{ OptType: 1, ContactItem: { Type: 2 }, SetMark: [1] }])).response.ErrorCode).toBe(50002);
  expect(call(state, API, { From_Account: 'u1' }).response.ErrorCode).toBe(50002);
  expect(call(state, API, mark([item({ SetMark: [1] })], 'ghost')).response.ErrorCode).toBe(50001);
});

test('mark_contact stamps a changed conversation with now and leaves an unchanged one alone', () => {
  let state = call(withUsers('u1'), API, mark([item({ OptType: 1, SetMark: [1] })]), undefined, 100).state;
  state = call(state, API, mark([item({ OptType: 1, SetMark: [1] })]), undefined, 200).state;
  expect(userView(state, 'u1')!.conversations[0]!.timestamp).toBe(100);
  state = call(state, API, mark([item({ OptType: 1, SetMark: [2] })]), undefined, 300).state;
  expect(userView(state, 'u1')!.conversations[0]!.timestamp).toBe(300);
});
