/**
 * The oracle, case by case: each false alarm seen against an independent implementation or a
 * flaky network is a named regression case here, and so is each way it must still fail.
 */
import { expect, test } from '@playwright/test';
import type { ApiPath } from '../../../lib/apis';
import type { CallOutcome, Envelope } from '../../../lib/client/types';
import { DEFAULT_CONFIG } from '../../../lib/model/defaults';
import { Oracle } from '../../../lib/oracle/Oracle';
import type { CheckResult } from '../../../lib/oracle/types';

const USER = 'u1';
const CHAT = '@TGS#chat';

function answered(body: Record<string, unknown>, attempts = 1): CallOutcome {
  return { kind: 'answered', httpStatus: 200, body: body as Envelope, rawBody: JSON.stringify(body), attempts, elapsedMs: 1 };
}
const lost: CallOutcome = { kind: 'inconclusive', reason: 'timeout after 10000 ms', attempts: 3, elapsedMs: 1 };
const OK = { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' };
const fail = (code: number) => ({ ActionStatus: 'FAIL', ErrorCode: code, ErrorInfo: 'x' });

/** An oracle with one user and a chat group owned by someone else. */
function oracle(): Oracle {
  const created = new Oracle({ config: DEFAULT_CONFIG });
  created.registerUser(USER);
  created.registerUser('owner');
  created.registerChatGroup({ groupId: CHAT, owner: 'owner' });
  return created;
}

let step = 0;
function check(o: Oracle, api: ApiPath, body: Record<string, unknown>, outcome: CallOutcome): CheckResult {
  return o.check({ index: step++, title: api }, { api, body: { From_Account: USER, ...body } }, outcome);
}
const create = (name: string, contacts: unknown[] = []) => ({ GroupContactItem: [{ GroupName: name, ...(contacts.length > 0 && { ContactItem: contacts }) }] });
const created = (name: string, id: number, items: unknown[] = []) => ({ ...OK, GroupResultItem: [{ GroupItem: { GroupName: name, GroupId: id }, ResultItem: items }] });
const c2c = (account: string) => ({ Type: 1, To_Account: account });
const group = (id: string) => ({ Type: 2, ToGroupId: id });
const search = (contacts: unknown[]) => ({ ContactItem: contacts });

function expectOk(result: CheckResult): void {
  expect(result.ok, JSON.stringify(result)).toBe(true);
}

function expectDivergence(result: CheckResult): void {
  expect(result.ok).toBe(false);
  expect('divergence' in result, JSON.stringify(result)).toBe(true);
}

test('regression: a 257-byte CustomMark may fail the whole call or only its item, with any code', () => {
  const mark = { MarkItem: [{ OptType: 2, ContactItem: c2c('p'), CustomMark: 'x'.repeat(257) }] };
  expectOk(check(oracle(), 'recentcontact/mark_contact', mark, answered(fail(50002))));
  const perItem = { ...OK, ResultItem: [{ OptType: 2, ContactItem: c2c('p'), ResultCode: 50002, ResultInfo: 'bad' }] };
  expectOk(check(oracle(), 'recentcontact/mark_contact', mark, answered(perItem)));
  // Accepting it is not allowed: "Up to 256 bytes are supported" (mark_contact).
  const accepted = { ...OK, ResultItem: [{ OptType: 2, ContactItem: c2c('p'), ResultCode: 0, ResultInfo: '' }] };
  expectDivergence(check(oracle(), 'recentcontact/mark_contact', mark, answered(accepted)));
});

test('regression: renaming a missing group to a 65-byte name may answer 51009 or 51011, nothing else', () => {
  const rename = { UpdateType: 1, UpdateGroup: { UpdateGroupType: 1, OldGroupName: 'none', NewGroupName: 'x'.repeat(65) } };
  expectOk(check(oracle(), 'recentcontact/update_contact_group', rename, answered(fail(51009))));
  expectOk(check(oracle(), 'recentcontact/update_contact_group', rename, answered(fail(51011))));
  expectDivergence(check(oracle(), 'recentcontact/update_contact_group', rename, answered(fail(50002))));
});

test('regression: removing a group conversation of a chat group the user is not in may answer 0 or 51007', () => {
  for (const code of [0, 51007]) {
    const o = oracle();
    expectOk(check(o, 'recentcontact/create_contact_group', create('g'), answered(created('g', 7))));
    const remove = { UpdateType: 1, UpdateGroup: { UpdateGroupType: 2, OldGroupName: 'g', ContactUpdateItem: [{ ContactOptType: 2, ContactItem: group(CHAT) }] } };
    const answer = { ...OK, UpdateType: 1, UpdateGroupResult: { UpdateGroupType: 2, GroupName: 'g', GroupId: 7, OldGroupName: 'g', ContactResultItem: [{ ContactOptType: 2, ContactItem: group(CHAT), ResultCode: code, ResultInfo: '' }] } };
    expectOk(check(o, 'recentcontact/update_contact_group', remove, answered(answer)));
  }
});

test('regression: an emptied conversation may keep its last update time, and a later read may still list it', () => {
  const o = oracle();
  const set = { MarkItem: [{ OptType: 1, ContactItem: c2c('p'), SetMark: [3] }] };
  const ok = { ...OK, ResultItem: [{ OptType: 1, ContactItem: c2c('p'), ResultCode: 0, ResultInfo: '' }] };
  expectOk(check(o, 'recentcontact/mark_contact', set, answered(ok)));
  expectOk(check(o, 'recentcontact/mark_contact', { MarkItem: [{ OptType: 1, ContactItem: c2c('p'), ClearMark: [3] }] }, answered(ok)));
  const kept = { ...OK, ContactResultItem: [{ Type: 1, To_Account: 'p', StandardMark: '', Timestamp: 1775217000 }], GroupItem: [] };
  expectOk(check(o, 'recentcontact/search_contact_group', search([c2c('p')]), answered(kept)));
  const listed = { ...OK, ContactItem: [{ Type: 1, To_Account: 'p', StandardMark: '', Timestamp: 1775217000 }], GroupItem: [], CompleteFlag: 1, NextStartIndex: 0 };
  expectOk(o.checkWholeState({ index: step++, title: 'read back' }, USER, [listed]));
  // The target has now shown that it keeps emptied conversations: a later read that forgets one diverges.
  const gone = { ...listed, ContactItem: [] };
  expectDivergence(o.checkWholeState({ index: step++, title: 'read back' }, USER, [gone]));
});

test('regression: a create whose answer was lost, retried and answered "name taken" is explained by its own first attempt', () => {
  const o = oracle();
  expectOk(check(o, 'recentcontact/create_contact_group', create('g'), answered(fail(50002), 2)));
  const listed = { ...OK, ContactItem: [], GroupItem: [{ GroupName: 'g', GroupId: 1 }], CompleteFlag: 1, NextStartIndex: 0 };
  expectOk(o.checkWholeState({ index: step++, title: 'read back' }, USER, [listed]));
  // Without a retry the same answer has no explanation: the user had no group.
  expectDivergence(check(oracle(), 'recentcontact/create_contact_group', create('g'), answered(fail(50002), 1)));
});

test('a write whose answer was lost is followed both ways, and later answers decide', () => {
  for (const happened of [true, false]) {
    const o = oracle();
    // With a conversation in it, the group shows in every read whatever getGroupItems is.
    expectOk(check(o, 'recentcontact/create_contact_group', create('g', [c2c('p')]), lost));
    expect(o.candidateCount()).toBe(2);
    const contacts = happened ? [{ Type: 1, To_Account: 'p', StandardMark: '', ContactGroupId: [4], Timestamp: 9 }] : [];
    const groups = happened ? [{ GroupName: 'g', GroupId: 4 }] : [];
    expectOk(o.checkWholeState({ index: step++, title: 'read back' }, USER, [{ ...OK, ContactItem: contacts, GroupItem: groups, CompleteFlag: 1, NextStartIndex: 0 }]));
    expect(o.candidateCount()).toBe(1);
  }
});

test('a fixed choice, once an answer shows it, is pinned: a target that changes its StandardMark order diverges', () => {
  const o = oracle();
  const ok = { ...OK, ResultItem: [{ OptType: 1, ContactItem: c2c('p'), ResultCode: 0, ResultInfo: '' }] };
  expectOk(check(o, 'recentcontact/mark_contact', { MarkItem: [{ OptType: 1, ContactItem: c2c('p'), SetMark: [1] }] }, answered(ok)));
  const read = (mark: string) => answered({ ...OK, ContactResultItem: [{ Type: 1, To_Account: 'p', StandardMark: mark, Timestamp: 5 }], GroupItem: [] });
  expectOk(check(o, 'recentcontact/search_contact_group', search([c2c('p')]), read('01')));
  expect(o.pinnedChoices().standardMarkBitOrder).toBe('lsb-first');
  expectDivergence(check(o, 'recentcontact/search_contact_group', search([c2c('p')]), read('10')));
});

test('past its cap of candidate states the oracle is inconclusive with the reason, never failed', () => {
  const o = new Oracle({ config: DEFAULT_CONFIG, maxCandidates: 1 });
  o.registerUser(USER);
  const result = check(o, 'recentcontact/create_contact_group', create('g'), lost);
  expect(result).toEqual({ ok: false, inconclusive: expect.stringContaining('more than 1 model states') });
});

test('reports what it learned as observations: pinned fixed choices and per-request values seen', () => {
  const o = oracle();
  expectOk(check(o, 'recentcontact/create_contact_group', create('g'), answered(created('g', 1))));
  expectOk(check(o, 'recentcontact/create_contact_group', create('g'), answered(fail(50002))));
  expect(o.pinnedChoices()).toEqual({ duplicateNameOnCreate: 'reject' });
  expect(o.observations().map((observation) => observation.observed)).toEqual(['duplicateNameOnCreate: reject']);
});

test('an extra field the documents do not name breaks no rule; an extra custom mark does', () => {
  const o = oracle();
  const ok = { ...OK, ResultItem: [{ OptType: 1, ContactItem: c2c('p'), ResultCode: 0, ResultInfo: '', Extra: 'x' }], RequestId: 'r1', ServerTime: 5 };
  expectOk(check(o, 'recentcontact/mark_contact', { MarkItem: [{ OptType: 1, ContactItem: c2c('p'), SetMark: [2] }] }, answered(ok)));
  const read = (item: Record<string, unknown>) => answered({ ...OK, ContactResultItem: [{ Type: 1, To_Account: 'p', StandardMark: '100', Timestamp: 5, ...item }], GroupItem: [] });
  expectOk(check(o, 'recentcontact/search_contact_group', search([c2c('p')]), read({ Source: 'cache' })));
  expectDivergence(check(o, 'recentcontact/search_contact_group', search([c2c('p')]), read({ CustomMark: 'never set' })));
});
