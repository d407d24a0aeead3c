/**
 * Each seeded fault changes observable behaviour: the same request sequence answers
 * differently with the fault than without it.
 */
import { expect, test } from '@playwright/test';
import type { RunningMock } from '../../../mock/MockOptions';
import { FAULT_NAMES } from '../../../mock/faults/index';
import { call, importUsers, signedQuery, withMock } from './mockHarness';

const CREATE = 'recentcontact/create_contact_group';
const UPDATE = 'recentcontact/update_contact_group';
const DEL = 'recentcontact/del_contact_group';
const SEARCH = 'recentcontact/search_contact_group';
const MARK = 'recentcontact/mark_contact';
const GET = 'recentcontact/get_contact_group';
const bob = { Type: 1, To_Account: 'bob' };

const create = (mock: RunningMock, name: string, contacts: unknown[] = [], from = 'alice') =>
  call(mock, CREATE, { From_Account: from, GroupContactItem: [{ GroupName: name, ContactItem: contacts }] });
const rename = (mock: RunningMock, from: string, to: string) =>
  call(mock, UPDATE, { From_Account: 'alice', UpdateType: 1, UpdateGroup: { UpdateGroupType: 1, OldGroupName: from, NewGroupName: to } });
const members = (mock: RunningMock, group: string, items: unknown[]) =>
  call(mock, UPDATE, { From_Account: 'alice', UpdateType: 1, UpdateGroup: { UpdateGroupType: 2, OldGroupName: group, ContactUpdateItem: items } });
const search = async (mock: RunningMock, contacts: unknown[] = [bob], from = 'alice') => (await call(mock, SEARCH, { From_Account: from, ContactItem: contacts })).envelope;
const mark = (mock: RunningMock, item: Record<string, unknown>) => call(mock, MARK, { From_Account: 'alice', MarkItem: [{ ContactItem: bob, ...item }] });
const code = async (answer: Promise<{ envelope: { ErrorCode: number } }>) => (await answer).envelope.ErrorCode;
const contacts = (n: number) => Array.from({ length: n }, (_, i) => ({ Type: 1, To_Account: `u${i}` }));

/** A scenario: a request sequence and what it observed. Run with and without the fault. */
type Scenario = {
  options?: Parameters<typeof withMock>[0];
  /** Give the mock a clock that moves 10 s per call, so Timestamps differ between calls. */
  steppingClock?: boolean;
  run: (mock: RunningMock) => Promise<unknown>;
};

const timestampOf = async (m: RunningMock) => ((await search(m)).ContactResultItem as { Timestamp: number }[])[0]!.Timestamp;

const SCENARIOS: Record<string, Scenario> = {
  'name-limit-off-by-one': { run: (m) => code(create(m, 'n'.repeat(65))) },
  'name-limit-in-chars': { run: (m) => code(create(m, 'é'.repeat(40))) },
  'mark-bits-wrap-at-32': { run: async (m) => (await mark(m, { OptType: 1, SetMark: [33] }), (await search(m)).ContactResultItem) },
  'stale-name-after-rename-chain': {
    run: async (m) => (await create(m, 'a', [bob]), await rename(m, 'a', 'b'), await rename(m, 'b', 'c'), (await search(m)).GroupItem),
  },
  'dangling-ids-after-delete': {
    run: async (m) => (await create(m, 'a', [bob]), await create(m, 'b', [bob]), await call(m, DEL, { From_Account: 'alice', GroupName: ['a'] }), (await search(m)).ContactResultItem),
  },
  'create-creates-every-named-group': {
    run: async (m) => (await call(m, CREATE, { From_Account: 'alice', GroupContactItem: [{ GroupName: 'a', ContactItem: [bob] }, { GroupName: 'b', ContactItem: [bob] }] }), (await search(m)).GroupItem),
  },
  'delete-deletes-every-named-group': {
    run: async (m) => (await create(m, 'a', [bob]), await create(m, 'b', [bob]), await call(m, DEL, { From_Account: 'alice', GroupName: ['a', 'b'] }), (await search(m)).GroupItem),
  },
  'groups-shared-across-users': { run: async (m) => (await create(m, 'a', [bob]), (await search(m, [bob], 'carol')).GroupItem) },
  'remove-from-all-groups': {
    run: async (m) => (await create(m, 'a', [bob]), await create(m, 'b', [bob]), await members(m, 'a', [{ ContactOptType: 2, ContactItem: bob }]), (await search(m)).ContactResultItem),
  },
  'group-limit-not-enforced': { run: async (m) => { for (let i = 0; i < 20; i++) await create(m, `g${i}`); return code(create(m, 'g20')); } },
  'conversation-cap-not-enforced': {
    run: async (m) => {
      for (let i = 0; i < 10; i++) await create(m, `g${i}`, contacts(100).map((c) => ({ ...c, To_Account: `${c.To_Account}-${i}` })));
      return (await mark(m, { OptType: 2, CustomMark: 'x' })).text;
    },
  },
  'batch-limit-off-by-one': { run: async (m) => (await create(m, 'a'), code(members(m, 'a', contacts(101).map((c) => ({ ContactOptType: 1, ContactItem: c }))))) },
  'search-limit-not-enforced': { run: async (m) => (await search(m, contacts(301))).ErrorCode },
  'custom-mark-limit-off-by-one': { run: (m) => code(mark(m, { OptType: 2, CustomMark: 'm'.repeat(257) })) },
  'clear-mark-ignored': { run: async (m) => (await mark(m, { OptType: 1, SetMark: [1, 2] }), await mark(m, { OptType: 1, ClearMark: [1] }), (await search(m)).ContactResultItem) },
  'opt-type-ignored': { run: async (m) => (await mark(m, { OptType: 1, SetMark: [1], CustomMark: 'custom' }), (await search(m)).ContactResultItem) },
  'rename-changes-group-id': { run: async (m) => (await create(m, 'a', [bob]), (await search(m)).GroupItem, await rename(m, 'a', 'b'), (await search(m)).GroupItem) },
  'non-member-group-allowed': { run: async (m) => (await mark(m, { OptType: 2, CustomMark: 'x', ContactItem: { Type: 2, ToGroupId: '@TGS#NOSUCH' } })).text },
  'unimported-user-accepted': { run: (m) => code(create(m, 'a', [], 'ghost')) },
  'unknown-group-ok': { run: (m) => code(call(m, DEL, { From_Account: 'alice', GroupName: ['nope'] })) },
  'http-400-on-error': { run: async (m) => (await call(m, DEL, { From_Account: 'alice', GroupName: ['nope'] })).status },
  'group-id-as-string': { run: async (m) => (await create(m, 'a')).envelope.GroupResultItem },
  'action-status-mismatch': { run: async (m) => (await call(m, DEL, { From_Account: 'alice', GroupName: ['nope'] })).envelope.ActionStatus },
  'usersig-unchecked': { run: (m) => code(call(m, GET, { From_Account: 'alice', StartIndex: 0 }, { query: signedQuery({}, { secretKey: 'wrong' }) })) },
  'admin-not-checked': { run: (m) => code(call(m, GET, { From_Account: 'alice', StartIndex: 0 }, { query: signedQuery({}, { identifier: 'alice' }) })) },
  'malformed-json-accepted-as-empty': { run: (m) => code(call(m, GET, null, { raw: '{"From_Account":' })) },
  'http-500-on-malformed-json': {
    run: async (m) => {
      const answer = await fetch(`${m.url}/v4/${GET}?${signedQuery()}`, { method: 'POST', body: '{"From_Account":' });
      return { status: answer.status, type: answer.headers.get('content-type'), body: await answer.text() };
    },
  },
  'timestamp-frozen': {
    steppingClock: true,
    run: async (m) => {
      await mark(m, { OptType: 2, CustomMark: 'one' });
      const first = await timestampOf(m);
      await mark(m, { OptType: 2, CustomMark: 'two' });
      return (await timestampOf(m)) > first;
    },
  },
  'pagination-skips-page-boundary': {
    options: { preset: 'alternative' },
    run: async (m) => {
      await create(m, 'a', contacts(10));
      const seen: unknown[] = [];
      let start = 0;
      for (let page = 0; page < 5; page++) {
        const answer = (await call(m, GET, { From_Account: 'alice', StartIndex: start })).envelope;
        seen.push(...(answer.ContactItem as unknown[]));
        if (answer.CompleteFlag === 1) break;
        start = answer.NextStartIndex as number;
      }
      return seen.length;
    },
  },
};

test('every seeded fault has a scenario', () => {
  expect(Object.keys(SCENARIOS).sort()).toEqual([...FAULT_NAMES].sort());
});

/** Starts at the real time (so UserSigs stay valid) and moves 10 s on every read. */
function steppingClock(): () => number {
  let t = Date.now();
  return () => (t += 10_000);
}

for (const name of FAULT_NAMES) {
  test(`fault ${name} changes what the same calls observe`, async () => {
    const scenario = SCENARIOS[name]!;
    const observe = (faults: string[]) =>
      withMock({ ...scenario.options, ...(scenario.steppingClock ? { clock: steppingClock() } : {}), faults, rateLimit: 0 }, async (mock) => {
        await importUsers(mock, 'alice', 'bob', 'carol');
        return scenario.run(mock);
      });
    const faultless = await observe([]);
    const faulty = await observe([name]);
    expect(faulty).not.toEqual(faultless);
  });
}
