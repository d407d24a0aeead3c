import { test, expect } from '@playwright/test';
import { modelConfig } from '../../../lib/model/defaults';
import { userView } from '../../../lib/model/userView';
import type { ModelState } from '../../../lib/model/types';
import { c2c, call, g2c, must, snapshot, withChatGroup, withGroup, withUsers } from './modelFixture';

const MARK = 'recentcontact/mark_contact';
const UPDATE = 'recentcontact/update_contact_group';
const markBits = (to: string[]) => ({ From_Account: 'u1', MarkItem: to.map((p) => ({ OptType: 1, ContactItem: c2c(p), SetMark: [0] })) });
const addTo = (name: string, items: unknown[]) => ({
  From_Account: 'u1',
  UpdateType: 1,
  UpdateGroup: { UpdateGroupType: 2, OldGroupName: name, ContactUpdateItem: items.map((ContactItem) => ({ ContactOptType: 1, ContactItem })) },
});

/** u1 with `n` marked C2C conversations p0..p{n-1}. */
function withMarked(n: number): ModelState {
  let state = withUsers('u1');
  for (let i = 0; i < n; i += 100) state = must(state, MARK, markBits(Array.from({ length: Math.min(100, n - i) }, (_, j) => `p${i + j}`)));
  return state;
}

test('the 1000th grouped or marked conversation is accepted and the 1001st gets 51008 per item', () => {
  const full = withMarked(999);
  const thousandth = call(full, MARK, markBits(['new1']));
  expect(thousandth.response.ResultItem).toEqual([expect.objectContaining({ ResultCode: 0 })]);
  const over = call(thousandth.state, MARK, markBits(['new2', 'p0']));
  expect(over.response.ActionStatus).toBe('OK');
  expect((over.response.ResultItem as { ResultCode: number }[]).map((r) => r.ResultCode)).toEqual([51008, 0]);
  expect(userView(over.state, 'u1')!.conversations).toHaveLength(1000);
  // Conversations already counted can still change, and groups count the same as marks.
  const grouped = call(withGroup(thousandth.state, 'u1', 'g'), UPDATE, addTo('g', [c2c('p5'), c2c('other')]));
  expect((grouped.response.UpdateGroupResult as { ContactResultItem: { ResultCode: number }[] }).ContactResultItem.map((r) => r.ResultCode)).toEqual([0, 51008]);
});

test('a conversation that loses all its data frees a place under the 51008 cap', () => {
  const config = modelConfig({ limits: { maxConversationsPerUser: 2 } });
  let state = must(withUsers('u1'), MARK, markBits(['a', 'b']), config);
  expect(call(state, MARK, markBits(['c']), config).response.ResultItem).toEqual([expect.objectContaining({ ResultCode: 51008 })]);
  state = must(state, MARK, { From_Account: 'u1', MarkItem: [{ OptType: 1, ContactItem: c2c('a'), ClearMark: [0] }] }, config);
  expect(call(state, MARK, markBits(['c']), config).response.ResultItem).toEqual([expect.objectContaining({ ResultCode: 0 })]);
});

test('with placeCapFailure top-level, 51008 fails the whole call and, with othersApplyOnItemFailure none, changes nothing', () => {
  const config = modelConfig({ limits: { maxConversationsPerUser: 1 }, choices: { placeCapFailure: 'top-level', othersApplyOnItemFailure: 'none' } });
  const state = must(withUsers('u1'), MARK, markBits(['a']), config);
  const result = call(state, MARK, { From_Account: 'u1', MarkItem: [{ OptType: 1, ContactItem: c2c('a'), SetMark: [5] }, ...markBits(['b']).MarkItem] }, config);
  expect(result.response).toEqual({ ActionStatus: 'FAIL', ErrorCode: 51008, ErrorInfo: expect.any(String) });
  expect(result.consulted.has('placeCapFailure')).toBe(true);
  expect(snapshot(result.state)).toBe(snapshot(state));
});

test('a group conversation of a user who is not a member gets 51007 and is not applied', () => {
  const chat = withChatGroup(withUsers('u1', 'owner'), 'owner');
  const state = withGroup(chat.state, 'u1', 'g');
  const result = call(state, UPDATE, addTo('g', [g2c(chat.groupId), c2c('p')]));
  const items = (result.response.UpdateGroupResult as { ContactResultItem: { ResultCode: number; ResultInfo: string }[] }).ContactResultItem;
  expect(items.map((i) => i.ResultCode)).toEqual([51007, 0]);
  expect(items[0]!.ResultInfo).toBe('G2C session permission verification failed.');
  expect(userView(result.state, 'u1')!.conversations.map((c) => c.key)).toEqual(['c2c:p']);
  const top = call(state, UPDATE, addTo('g', [c2c('p'), g2c(chat.groupId)]), modelConfig({ choices: { placeG2cFailure: 'top-level', othersApplyOnItemFailure: 'none' } }));
  expect(top.response.ErrorCode).toBe(51007);
  expect(top.state).toBe(state);
  const others = call(state, UPDATE, addTo('g', [c2c('p'), g2c(chat.groupId)]), modelConfig({ choices: { placeG2cFailure: 'top-level', othersApplyOnItemFailure: 'others' } }));
  expect(others.response.ErrorCode).toBe(51007);
  expect(userView(others.state, 'u1')!.conversations.map((c) => c.key)).toEqual(['c2c:p']);
});

test('an unknown chat group gets 51007 on mark_contact and create_contact_group', () => {
  const state = withUsers('u1');
  expect(call(state, MARK, { From_Account: 'u1', MarkItem: [{ OptType: 1, ContactItem: g2c('@TGS#NOPE'), SetMark: [1] }] }).response.ResultItem).toEqual([
    expect.objectContaining({ ResultCode: 51007 }),
  ]);
  const created = call(state, 'recentcontact/create_contact_group', { From_Account: 'u1', GroupContactItem: [{ GroupName: 'g', ContactItem: [g2c('@TGS#NOPE')] }] });
  expect(created.response.GroupResultItem).toEqual([expect.objectContaining({ ResultItem: [expect.objectContaining({ ResultCode: 51007 })] })]);
});

test('the owner and members of a chat group may write its conversation; after destroy_group writes fail 51007', () => {
  const chat = withChatGroup(withUsers('owner', 'member'), 'owner', ['member']);
  const markGroup = (from: string) => ({ From_Account: from, MarkItem: [{ OptType: 1, ContactItem: g2c(chat.groupId), SetMark: [1] }] });
  let state = must(chat.state, MARK, markGroup('owner'));
  expect(call(state, MARK, markGroup('member')).response.ResultItem).toEqual([expect.objectContaining({ ResultCode: 0 })]);
  state = must(state, 'group_open_http_svc/destroy_group', { GroupId: chat.groupId });
  expect(call(state, MARK, markGroup('owner')).response.ResultItem).toEqual([expect.objectContaining({ ResultCode: 51007 })]);
  // The stored data stays readable.
  expect(userView(state, 'owner')!.conversations[0]!.standardMark).toBe(2n);
});
