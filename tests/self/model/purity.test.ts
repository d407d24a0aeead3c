import { test, expect } from '@playwright/test';
import fc from 'fast-check';
import { API_PATHS, type ApiPath } from '../../../lib/apis';
import { applyRequest } from '../../../lib/model/applyRequest';
import { ALTERNATIVE_CONFIG, DEFAULT_CONFIG } from '../../../lib/model/defaults';
import type { ModelState } from '../../../lib/model/types';
import { c2c, call, g2c, must, snapshot, withChatGroup, withGroup, withUsers } from './modelFixture';

const SEED = 20_240_601;

/** A world with users, groups, marks and a chat group, so bodies can reach deep paths. */
function richWorld(): { state: ModelState; groupId: string } {
  const chat = withChatGroup(withUsers('u1', 'u2', 'p'), 'u1', ['u2']);
  let state = withGroup(chat.state, 'u1', 'g', ['p']);
  state = withGroup(state, 'u1', 'h', ['p', 'q']);
  state = must(state, 'recentcontact/mark_contact', { From_Account: 'u1', MarkItem: [{ OptType: 3, ContactItem: g2c(chat.groupId), SetMark: [63], CustomMark: 'x' }] });
  return { state, groupId: chat.groupId };
}

/** Values that are close to valid, so fast-check explores beyond the first 50002. */
function nearValid(groupId: string): fc.Arbitrary<unknown> {
  const contact = fc.oneof(
    fc.constant(c2c('p')),
    fc.constant(g2c(groupId)),
    fc.record({ Type: fc.constantFrom(1, 2, 3, '1'), To_Account: fc.constantFrom('p', 'q', ''), ToGroupId: fc.constantFrom(groupId, 'x') }, { requiredKeys: [], noNullPrototype: true }),
    fc.anything(),
  );
  const bits = fc.oneof(fc.array(fc.integer({ min: -2, max: 66 }), { maxLength: 4 }), fc.anything());
  const leaf = fc.oneof(fc.constantFrom('u1', 'u2', 'ghost', 'g', 'h', '', groupId, 0, 1, 2, 3, -1), fc.anything());
  const item = fc.record(
    {
      Type: fc.constantFrom(1, 2), To_Account: leaf, ToGroupId: leaf, ContactItem: fc.oneof(contact, fc.array(contact, { maxLength: 3 })),
      OptType: fc.constantFrom(1, 2, 3, 4), ContactOptType: fc.constantFrom(1, 2, 3), SetMark: bits, ClearMark: bits,
      CustomMark: fc.oneof(fc.string(), leaf), GroupName: leaf, UserID: leaf, Member_Account: leaf,
    },
    { requiredKeys: [], noNullPrototype: true },
  );
  return fc.record(
    {
      From_Account: leaf, UpdateType: fc.constantFrom(1, 2), StartIndex: fc.oneof(fc.integer({ min: -1, max: 5 }), leaf),
      GroupContactItem: fc.array(item, { maxLength: 2 }), GroupName: fc.oneof(fc.array(leaf, { maxLength: 2 }), leaf),
      UpdateGroup: fc.record({ UpdateGroupType: fc.constantFrom(1, 2, 3), OldGroupName: leaf, NewGroupName: leaf, ContactUpdateItem: fc.array(item, { maxLength: 3 }) }, { requiredKeys: [], noNullPrototype: true }),
      MarkItem: fc.array(item, { maxLength: 3 }), ContactItem: fc.array(contact, { maxLength: 3 }),
      Accounts: fc.array(leaf, { maxLength: 3 }), AccountList: fc.array(item, { maxLength: 2 }), DeleteItem: fc.array(item, { maxLength: 2 }),
      CheckItem: fc.array(item, { maxLength: 2 }), Type: fc.constantFrom('Public', 'AVChatRoom', 'x'), Name: leaf, Owner_Account: leaf,
      GroupId: leaf, MemberList: fc.array(item, { maxLength: 2 }), UserID: leaf,
    },
    { requiredKeys: [], noNullPrototype: true },
  );
}

for (const api of API_PATHS) {
  test(`${api}: no body makes applyRequest throw or answer 50004, and the input state never changes`, () => {
    const { state, groupId } = richWorld();
    const before = snapshot(state);
    fc.assert(
      fc.property(fc.oneof(fc.anything(), nearValid(groupId)), fc.boolean(), (body, alternative) => {
        const config = alternative ? ALTERNATIVE_CONFIG : DEFAULT_CONFIG;
        const result = applyRequest(state, { api, body, now: 42 }, config);
        expect(result.response.ErrorCode).not.toBe(50004);
        expect(['OK', 'FAIL']).toContain(result.response.ActionStatus);
        expect(result.response.ActionStatus === 'OK').toBe(result.response.ErrorCode === 0);
        if (result.response.ActionStatus === 'FAIL') expect(result.state).toBe(state);
        expect(snapshot(state)).toBe(before);
        // Same inputs, same output.
        const again = applyRequest(state, { api, body, now: 42 }, config);
        expect(snapshot(again.state)).toBe(snapshot(result.state));
        expect(again.response).toEqual(result.response);
        expect([...again.consulted]).toEqual([...result.consulted]);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });
}

test('an unknown api answers 60009 and no handler exception escapes (50004 guard)', () => {
  const state = withUsers('u1');
  const result = applyRequest(state, { api: 'recentcontact/nope' as ApiPath, body: {}, now: 1 }, DEFAULT_CONFIG);
  expect(result.response.ErrorCode).toBe(60009);
  // A config whose getter throws stands in for a model bug: the guard turns it into 50004.
  const broken = { limits: DEFAULT_CONFIG.limits, get choices(): never { throw new Error('boom'); } };
  const guarded = applyRequest(withGroup(state, 'u1', 'g'), { api: 'recentcontact/search_contact_group', body: { From_Account: 'u1', ContactItem: [c2c('a')] }, now: 1 }, broken);
  expect(guarded.response).toEqual({ ActionStatus: 'FAIL', ErrorCode: 50004, ErrorInfo: 'Internal server error.' });
  expect(guarded.consulted.size).toBe(0);
});

test('reads return the input state itself and writes share untouched users', () => {
  const { state } = richWorld();
  expect(call(state, 'recentcontact/get_contact_group', { From_Account: 'u1', StartIndex: 0 }).state).toBe(state);
  expect(call(state, 'recentcontact/search_contact_group', { From_Account: 'u1', ContactItem: [c2c('p')] }).state).toBe(state);
  const written = call(state, 'recentcontact/mark_contact', { From_Account: 'u2', MarkItem: [{ OptType: 1, ContactItem: c2c('z'), SetMark: [1] }] }).state;
  expect(written).not.toBe(state);
  expect(written.users.get('u1')).toBe(state.users.get('u1'));
  expect(written.chatGroups).toBe(state.chatGroups);
});
