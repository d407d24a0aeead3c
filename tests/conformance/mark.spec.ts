/**
 * mark_contact (mark_contact.txt): SetMark/ClearMark bit indices, CustomMark, OptType.
 * The StandardMark character order is undocumented (notes §2.4): it is inferred once
 * (the standardMarkOrder fixture) and every later read must agree with it.
 * Size limits live in limits.spec.ts.
 */
import { test, expect } from './fixtures';
import type { BitOrder } from './fixtures';
import { destroyChatGroup, findItem, markContacts, searchContacts, searchItem } from './support/actions';
import type { Call, ReadItem } from './support/actions';
import { c2c, groupChat } from './support/contacts';
import type { Contact } from './support/contacts';
import { judgeRejection } from './support/judgeRejection';
import { rejectionOf } from './support/rejectionOf';
import { bitsOf } from './support/standardMark';

test.describe.configure({ mode: 'parallel' });

const MARK = 'recentcontact/mark_contact' as const;

/** Bits and custom mark of `contact`, read through search and through get. */
async function readMarks(call: Call, readAll: (u: string) => Promise<{ contacts: Record<string, unknown>[] }>, user: string, contact: Contact, order: BitOrder) {
  const viaSearch = searchItem(await searchContacts(call, user, [contact]), contact);
  const viaGet = findItem((await readAll(user)).contacts, contact);
  const view = (item: ReadItem | undefined) => ({ bits: bitsOf(item?.StandardMark ?? '', order), custom: item?.CustomMark });
  return { search: view(viaSearch), get: view(viaGet) };
}

test.describe('mark_contact', { tag: '@mark' }, () => {
  test('writes the StandardMark in one consistent bit order', async ({ rule, standardMarkOrder, observe }) => {
    rule('mark.bit-order.consistent');
    const order = await standardMarkOrder();
    observe({ id: 'standard-mark.bit-order', endpoint: MARK, question: 'In which character order is the StandardMark bit string written?', observed: order, choice: { name: 'standardMarkBitOrder', value: order } });
  });

  test('accepts bits 0, 31, 32 and 63 and reads each back via search and get', async ({ rule, call, newUser, readAll, standardMarkOrder }) => {
    rule('mark.bits.accepted');
    const order = await standardMarkOrder();
    const user = await newUser();
    const bits = [0, 31, 32, 63];
    const contacts = bits.map((bit) => c2c(`${user}b${bit}`));
    const answer = await markContacts(call, user, bits.map((bit, i) => ({ OptType: 1, ContactItem: contacts[i]!, SetMark: [bit] })));
    expect(rejectionOf(MARK, answer).code).toBe(0);
    for (const [i, bit] of bits.entries()) {
      const read = await readMarks(call, readAll, user, contacts[i]!, order);
      expect(read.search.bits, `bit ${bit} via search`).toEqual([bit]);
      expect(read.get.bits, `bit ${bit} via get`).toEqual([bit]);
    }
  });

  test('rejects bit indices -1, 64 and 1.5 with any failure code and changes nothing', async ({ rule, call, newUser, readAll, standardMarkOrder, checkRule, observe }) => {
    rule('mark.bits.out-of-range');
    const order = await standardMarkOrder();
    const user = await newUser();
    const contact = c2c(`${user}p0`);
    await markContacts(call, user, [{ OptType: 1, ContactItem: contact, SetMark: [5] }]);
    for (const bad of [-1, 64, 1.5]) {
      // "A standard conversation mark has 64 bits in total" (mark_contact.txt). The page names no code, nor
      // whether the item's ResultCode or the call's ErrorCode carries it (placeInvalidMarkValue): any
      // rejection of the item counts, and what came back is an observation.
      const answer = await markContacts(call, user, [{ OptType: 1, ContactItem: contact, SetMark: [bad, 7] }], { invalidOnPurpose: true });
      const verdict = judgeRejection(MARK, answer, { item: contact });
      observe({ id: 'mark.bit-out-of-range-code', endpoint: MARK, question: 'How is a SetMark bit index outside 0..63 rejected?', observed: `SetMark [${bad}, 7]: ${verdict.seen}` });
      const read = await readMarks(call, readAll, user, contact, order);
      await checkRule('mark.bits.out-of-range', `SetMark [${bad}, 7] rejected (${verdict.expected}) and the bits still [5]`, () => {
        expect(verdict.ok, `SetMark [${bad}, 7] answered ${verdict.seen}`).toBe(true);
        expect(read.search.bits, `after SetMark [${bad}, 7]`).toEqual([5]);
        expect(read.get.bits, `after SetMark [${bad}, 7]`).toEqual([5]);
      });
    }
  });

  test('sets exactly the SetMark bits and clears exactly the ClearMark bits', async ({ rule, call, newUser, readAll, standardMarkOrder, checkRule }) => {
    rule('mark.set-mark', 'mark.clear-mark');
    const order = await standardMarkOrder();
    const user = await newUser();
    const contact = c2c(`${user}p0`);
    await markContacts(call, user, [{ OptType: 1, ContactItem: contact, SetMark: [1, 3, 40] }]);
    const afterSet = await readMarks(call, readAll, user, contact, order);
    await checkRule('mark.set-mark', 'bits [1, 3, 40] via search and get', () => {
      expect(afterSet.search.bits).toEqual([1, 3, 40]);
      expect(afterSet.get.bits).toEqual([1, 3, 40]);
    });
    await markContacts(call, user, [{ OptType: 1, ContactItem: contact, ClearMark: [3, 40] }]);
    const afterClear = await readMarks(call, readAll, user, contact, order);
    await checkRule('mark.clear-mark', 'bits [1] after ClearMark [3, 40]', () => {
      expect(afterClear.search.bits).toEqual([1]);
      expect(afterClear.get.bits).toEqual([1]);
    });
    await markContacts(call, user, [{ OptType: 1, ContactItem: contact, SetMark: [2], ClearMark: [1] }]);
    const afterBoth = await readMarks(call, readAll, user, contact, order);
    await checkRule('mark.clear-mark', 'bits [2] after SetMark [2] ClearMark [1]', () => {
      expect(afterBoth.search.bits).toEqual([2]);
    });
  });

  test('touches only what OptType names: 1 standard, 2 custom, 3 both', async ({ rule, call, newUser, readAll, standardMarkOrder, checkRule }) => {
    rule('mark.opt-type.standard-only', 'mark.opt-type.custom-only', 'mark.opt-type.both');
    const order = await standardMarkOrder();
    const user = await newUser();
    const contact = c2c(`${user}p0`);
    await markContacts(call, user, [{ OptType: 3, ContactItem: contact, SetMark: [4], CustomMark: 'one' }]);
    const afterBoth = await readMarks(call, readAll, user, contact, order);
    await checkRule('mark.opt-type.both', 'bits [4] and custom "one"', () => expect(afterBoth.get).toEqual({ bits: [4], custom: 'one' }));
    await markContacts(call, user, [{ OptType: 1, ContactItem: contact, SetMark: [6], CustomMark: 'ignored-by-1' }]);
    const afterStandard = await readMarks(call, readAll, user, contact, order);
    await checkRule('mark.opt-type.standard-only', 'bits [4, 6] and custom still "one"', () => expect(afterStandard.get).toEqual({ bits: [4, 6], custom: 'one' }));
    await markContacts(call, user, [{ OptType: 2, ContactItem: contact, SetMark: [9], ClearMark: [4], CustomMark: 'two' }]);
    const afterCustom = await readMarks(call, readAll, user, contact, order);
    await checkRule('mark.opt-type.custom-only', 'bits still [4, 6] and custom "two"', () => {
      expect(afterCustom.get).toEqual({ bits: [4, 6], custom: 'two' });
      expect(afterCustom.search).toEqual({ bits: [4, 6], custom: 'two' });
    });
  });

  test('rejects an OptType or conversation Type outside the documented values with 50002', async ({ rule, newUser, probeErrorCode }) => {
    rule('mark.opt-type.invalid.50002');
    const user = await newUser();
    for (const [how, item] of [
      ['send OptType 4', { OptType: 4, ContactItem: c2c(`${user}p0`), SetMark: [1] }],
      ['send conversation Type 3', { OptType: 1, ContactItem: { Type: 3, To_Account: `${user}p0` }, SetMark: [1] }],
    ] as const) {
      await probeErrorCode({ rule: 'mark.opt-type.invalid.50002', api: MARK, body: { From_Account: user, MarkItem: [item] }, code: 50002, how, options: { invalidOnPurpose: true } });
    }
  });

  test('rejects marking a group conversation of a destroyed chat group with 51007', async ({ rule, call, newUser, newChatGroup, probeErrorCode }) => {
    // Only the disbanded group is documented for mark_contact ("51007 Failed to replace GroupID with GroupCode
    // because an internal error occurred or the group was disbanded"); whether a group the user is merely not
    // in is checked is not (g2cCheckOnMark): observations.spec.ts records it.
    rule('mark.disbanded-group.51007');
    const user = await newUser();
    const chat = await newChatGroup({ owner: user });
    await destroyChatGroup(call, chat);
    await probeErrorCode({ rule: 'mark.disbanded-group.51007', api: MARK, body: { From_Account: user, MarkItem: [{ OptType: 1, ContactItem: groupChat(chat), SetMark: [1] }] }, code: 51007, how: 'mark a group conversation of a destroyed chat group' });
  });

  test('rejects a From_Account that was never imported with 50001', async ({ rule, probeErrorCode, runPrefix }) => {
    rule('mark.not-imported.50001');
    await probeErrorCode({ rule: 'mark.not-imported.50001', api: MARK, body: { From_Account: `${runPrefix}ghost`, MarkItem: [{ OptType: 1, ContactItem: c2c('x'), SetMark: [1] }] }, code: 50001, how: 'mark for a From_Account that was never imported' });
  });

  test('moves the conversation Timestamp forward when its marks change', async ({ rule, call, newUser }) => {
    rule('mark.timestamp.moves');
    const user = await newUser();
    const contact = c2c(`${user}p0`);
    await markContacts(call, user, [{ OptType: 1, ContactItem: contact, SetMark: [1] }]);
    const first = searchItem(await searchContacts(call, user, [contact]), contact)?.Timestamp ?? 0;
    // Timestamp is in whole seconds: wait into the next second so a change must show.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await markContacts(call, user, [{ OptType: 1, ContactItem: contact, SetMark: [2] }]);
    const second = searchItem(await searchContacts(call, user, [contact]), contact)?.Timestamp ?? 0;
    expect(second).toBeGreaterThan(first);
  });
});
