import { test, expect } from '@playwright/test';
import { modelConfig } from '../../../lib/model/defaults';
import type { ModelState } from '../../../lib/model/types';
import { c2c, call, g2c, must, search, withChatGroup, withGroup, withUsers } from './modelFixture';

const MARK = 'recentcontact/mark_contact';
const GET = 'recentcontact/get_contact_group';

/** u1 with groups 1 and 2, p in both with bits 1..7 and custom mark "abcde", and a group conversation in group 1. */
function sampleWorld(): { state: ModelState; groupId: string } {
  const chat = withChatGroup(withUsers('u1', 'p'), 'u1');
  let state = withGroup(chat.state, 'u1', 'group_0001', ['p']);
  state = withGroup(state, 'u1', 'group_0002', ['p']);
  state = must(state, 'recentcontact/update_contact_group', {
    From_Account: 'u1',
    UpdateType: 1,
    UpdateGroup: { UpdateGroupType: 2, OldGroupName: 'group_0001', ContactUpdateItem: [{ ContactOptType: 1, ContactItem: g2c(chat.groupId) }] },
  });
  state = must(state, MARK, { From_Account: 'u1', MarkItem: [{ OptType: 3, ContactItem: c2c('p'), SetMark: [1, 2, 3, 4, 5, 6, 7], CustomMark: 'abcde' }] }, undefined, 1775217000);
  return { state, groupId: chat.groupId };
}

test('search_contact_group answers with the fields of the 2026 sample', () => {
  const { state, groupId } = sampleWorld();
  const result = call(state, 'recentcontact/search_contact_group', { From_Account: 'u1', ContactItem: [c2c('p'), g2c(groupId)] });
  expect(result.response).toEqual({
    ContactResultItem: [
      { Type: 1, To_Account: 'p', StandardMark: '11111110', CustomMark: 'abcde', ContactGroupId: [1, 2], Timestamp: 1775217000 },
      { Type: 2, ToGroupId: groupId, StandardMark: '', ContactGroupId: [1], Timestamp: 1_700_000_000 },
    ],
    GroupItem: [{ GroupName: 'group_0001', GroupId: 1 }, { GroupName: 'group_0002', GroupId: 2 }],
    ActionStatus: 'OK',
    ErrorCode: 0,
    ErrorInfo: '',
  });
  expect(result.state).toBe(state);
});

test('search_contact_group omits ContactGroupId for a conversation in no group and CustomMark when never set', () => {
  const state = must(withUsers('u1'), MARK, { From_Account: 'u1', MarkItem: [{ OptType: 1, ContactItem: c2c('x'), SetMark: [0] }] });
  expect(search(state, 'u1', [c2c('x')]).ContactResultItem).toEqual([{ Type: 1, To_Account: 'x', StandardMark: '1', Timestamp: 1_700_000_000 }]);
});

test('search_contact_group takes 1..300 conversations and rejects 0 or 301 with 50002', () => {
  const state = withUsers('u1');
  const items = (n: number) => Array.from({ length: n }, (_, i) => c2c(`p${i}`));
  expect(search(state, 'u1', items(0)).ErrorCode).toBe(50002);
  expect(search(state, 'u1', items(1)).ActionStatus).toBe('OK');
  expect(search(state, 'u1', items(299)).ActionStatus).toBe('OK');
  expect(search(state, 'u1', items(300)).ContactResultItem).toHaveLength(300);
  expect(search(state, 'u1', items(301)).ErrorCode).toBe(50002);
});

test('search_contact_group rejects a non-imported user with 50001 and a bad ContactItem with 50002', () => {
  const state = withUsers('u1');
  expect(search(state, 'ghost', [c2c('p')]).ErrorCode).toBe(50001);
  expect(search(state, 'u1', [{ Type: 1, ToGroupId: 'x' }]).ErrorCode).toBe(50002);
});

test('get_contact_group answers with the fields of the doc sample on a single page', () => {
  const { state, groupId } = sampleWorld();
  const result = call(state, GET, { From_Account: 'u1', StartIndex: 0 });
  expect(result.response).toEqual({
    ContactItem: [
      { Type: 1, To_Account: 'p', StandardMark: '11111110', CustomMark: 'abcde', ContactGroupId: [1, 2], Timestamp: 1775217000 },
      { Type: 2, ToGroupId: groupId, StandardMark: '', ContactGroupId: [1], Timestamp: 1_700_000_000 },
    ],
    GroupItem: [{ GroupName: 'group_0001', GroupId: 1 }, { GroupName: 'group_0002', GroupId: 2 }],
    CompleteFlag: 1,
    NextStartIndex: 0,
    ActionStatus: 'OK',
    ErrorCode: 0,
    ErrorInfo: '',
  });
  expect(result.state).toBe(state);
});

test('get_contact_group rejects a negative, fractional or missing StartIndex with 50002 and a non-imported user with 50001', () => {
  const state = withUsers('u1');
  for (const StartIndex of [-1, 0.5, '0', undefined]) {
    expect(call(state, GET, { From_Account: 'u1', StartIndex }).response.ErrorCode, String(StartIndex)).toBe(50002);
  }
  expect(call(state, GET, { From_Account: 'ghost', StartIndex: 0 }).response.ErrorCode).toBe(50001);
});

for (const pageSize of [1, 3, 7, 100]) {
  test(`get_contact_group paging with page size ${pageSize} returns every conversation exactly once, then CompleteFlag 1`, () => {
    const config = modelConfig({ choices: { getPageSize: pageSize } });
    const peers = Array.from({ length: 17 }, (_, i) => `p${i}`);
    const state = withGroup(withUsers('u1'), 'u1', 'g', peers);
    const seen: string[] = [];
    let start = 0;
    for (let page = 0; page < 100; page++) {
      const response = call(state, GET, { From_Account: 'u1', StartIndex: start }, config).response;
      const items = response.ContactItem as { To_Account: string }[];
      expect(items.length).toBeLessThanOrEqual(pageSize);
      expect(response.GroupItem).toEqual([{ GroupName: 'g', GroupId: 1 }]);
      seen.push(...items.map((i) => i.To_Account));
      if (response.CompleteFlag === 1) break;
      expect(response.CompleteFlag).toBe(0);
      expect(response.NextStartIndex).toBe(start + pageSize);
      start = response.NextStartIndex as number;
    }
    expect(seen).toEqual(peers);
  });
}

test('get_contact_group past the end returns an empty last page', () => {
  const state = withGroup(withUsers('u1'), 'u1', 'g', ['a']);
  expect(call(state, GET, { From_Account: 'u1', StartIndex: 5 }).response).toMatchObject({ ContactItem: [], CompleteFlag: 1, NextStartIndex: 0 });
});
