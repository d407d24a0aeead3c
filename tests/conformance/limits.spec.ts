/**
 * Every documented limit at N−1/N (accepted) and N+1 (rejected), plus 0 entries.
 * Names are measured in UTF-8 bytes, built from 1-, 2-, 3- and 4-byte characters and
 * with a multibyte character straddling the limit (update_contact_group.page.txt:
 * "Maximum length: 64 bytes"; CHAT_NAME_MAX_BYTES for older deployments).
 */
import { test, expect } from './fixtures';
import { createGroup, createGroupDone, createGroupId, markContacts, markMany, renameGroupDone, searchContacts, updateContactsDone } from './support/actions';
import { c2c, manyContacts } from './support/contacts';
import type { CharWidth } from './support/names';
import { textOfBytes, textStraddling, utf8Bytes } from './support/names';
import { judgeRejection } from './support/judgeRejection';
import { describeRejection, rejectionOf } from './support/rejectionOf';
import { requireWrite } from './support/writeTookEffect';

test.describe.configure({ mode: 'parallel' });

const UPDATE = 'recentcontact/update_contact_group' as const;
const CREATE = 'recentcontact/create_contact_group' as const;
const MARK = 'recentcontact/mark_contact' as const;
const SEARCH = 'recentcontact/search_contact_group' as const;
/** Documented limits (notes §2.1, §3.1, §3.4, §3.5, §4.2). */
const MAX_GROUPS = 20;
const MAX_ITEMS = 100;
const MAX_SEARCH = 300;
const CUSTOM_MARK_BYTES = 256;
const MAX_CONVERSATIONS = 1000;

test.describe('group-name byte limit', { tag: '@limits' }, () => {
  for (const width of [1, 2, 3, 4] as CharWidth[]) {
    test(`accepts names up to the limit and rejects longer ones with 51011, in ${width}-byte characters`, async ({ rule, call, newUser, config, probeErrorCode, probeLimit, checkRule }) => {
      rule('update.rename.name-at-limit', 'update.rename.name-too-long.51011');
      const limit = config.nameMaxBytes;
      const recorder = probeLimit('update.rename.name-too-long.51011', `NewGroupName ≤ ${limit} UTF-8 bytes (${width}-byte characters)`);
      const user = await newUser();
      await createGroupId(call, user, 'base');
      const lengths = [...new Set([63, 64, 65, limit - 1, limit, limit + 1])].filter((n) => n > 0).sort((a, b) => a - b);
      const names = lengths.flatMap((bytes, i) => [
        textOfBytes(bytes, { width, tag: `n${i}` }),
        ...(width > 1 ? [textStraddling(bytes, { width: width as 2 | 3 | 4, tag: `s${i}` })] : []),
      ]);
      for (const name of names) {
        const bytes = utf8Bytes(name);
        const label = `${bytes} bytes, ${[...name].length} characters`;
        if (bytes <= limit) {
          const renamed = await renameGroupDone(call, user, 'base', name);
          recorder.record(label, 'accepted', renamed.seen, renamed.done);
          await checkRule('update.rename.name-at-limit', `rename to a ${label} name accepted`, () => expect(renamed.done, `rename to ${label}: ${renamed.seen}`).toBe(true));
          await requireWrite('update.rename.name-at-limit', `renaming the ${label} name back to "base" to answer OK`, await renameGroupDone(call, user, name, 'base'));
        } else {
          const answer = await probeErrorCode({ rule: 'update.rename.name-too-long.51011', api: UPDATE, body: { From_Account: user, UpdateType: 1, UpdateGroup: { UpdateGroupType: 1, OldGroupName: 'base', NewGroupName: name } }, code: 51011, how: `rename to a ${label} name`, options: { invalidOnPurpose: true } });
          recorder.record(label, 'ErrorCode 51011', describeRejection(rejectionOf(UPDATE, answer)), rejectionOf(UPDATE, answer).code === 51011);
        }
      }
    });
  }

  test('rejects creating a group whose name is one byte over the limit with 51011', async ({ rule, newUser, config, probeErrorCode }) => {
    rule('create.name-too-long.51011');
    const user = await newUser();
    const name = textStraddling(config.nameMaxBytes + 1, { width: 4, tag: 'c' });
    await probeErrorCode({ rule: 'create.name-too-long.51011', api: CREATE, body: { From_Account: user, GroupContactItem: [{ GroupName: name }] }, code: 51011, how: `create a group named with ${utf8Bytes(name)} bytes`, options: { invalidOnPurpose: true } });
  });
});

test.describe('counts', { tag: '@limits' }, () => {
  test('accepts a 20th conversation group and rejects a 21st with 51010', async ({ rule, call, newUser, probeErrorCode, checkRule, readAll }) => {
    rule('create.groups-at-limit', 'create.group-limit.51010');
    const user = await newUser();
    for (let i = 1; i <= MAX_GROUPS; i++) {
      const created = await createGroupDone(call, user, `g${i}`);
      await checkRule('create.groups-at-limit', `group ${i} of ${MAX_GROUPS} accepted`, () => expect(created.done, `group ${i}: ${created.seen}`).toBe(true));
    }
    await probeErrorCode({ rule: 'create.group-limit.51010', api: CREATE, body: { From_Account: user, GroupContactItem: [{ GroupName: 'g21' }] }, code: 51010, how: 'create a 21st group' });
    await checkRule('create.group-limit.51010', `still ${MAX_GROUPS} groups`, async () => expect((await readAll(user)).groups).toHaveLength(MAX_GROUPS));
  });

  test('accepts 100 ContactUpdateItem entries and rejects 101 with 51006', async ({ rule, call, newUser, probeErrorCode, probeLimit, checkRule, observe }) => {
    rule('update.contacts.batch-at-limit', 'update.contacts.batch-limit.51006');
    const recorder = probeLimit('update.contacts.batch-limit.51006', `ContactUpdateItem ≤ ${MAX_ITEMS}`);
    const user = await newUser();
    await createGroupId(call, user, 'g');
    const items = (n: number, from: number) => manyContacts(user, n, { from }).map((contact) => ({ op: 1 as const, contact }));
    const ok = await updateContactsDone(call, user, 'g', items(MAX_ITEMS, 0));
    recorder.record(`${MAX_ITEMS}`, 'accepted', ok.seen, ok.done);
    await checkRule('update.contacts.batch-at-limit', `${MAX_ITEMS} items accepted`, () => expect(ok.done, ok.seen).toBe(true));
    const over = await probeErrorCode({ rule: 'update.contacts.batch-limit.51006', api: UPDATE, body: { From_Account: user, UpdateType: 1, UpdateGroup: { UpdateGroupType: 2, OldGroupName: 'g', ContactUpdateItem: items(MAX_ITEMS + 1, 200).map((i) => ({ ContactOptType: 1, ContactItem: i.contact })) } }, code: 51006, how: `send ${MAX_ITEMS + 1} ContactUpdateItem entries`, options: { invalidOnPurpose: true } });
    recorder.record(`${MAX_ITEMS + 1}`, 'ErrorCode 51006', describeRejection(rejectionOf(UPDATE, over)), rejectionOf(UPDATE, over).code === 51006);
    const empty = await call(UPDATE, { From_Account: user, UpdateType: 1, UpdateGroup: { UpdateGroupType: 2, OldGroupName: 'g', ContactUpdateItem: [] } }, { invalidOnPurpose: true });
    observe({ id: 'update.empty-contact-update-item', endpoint: UPDATE, question: 'What does update_contact_group answer for 0 ContactUpdateItem entries?', observed: describeRejection(rejectionOf(UPDATE, empty)) });
  });

  test('accepts a new group with 100 initial conversations and rejects one with 101', async ({ rule, call, newUser, probeLimit, checkRule, readAll, observe }) => {
    rule('create.contacts-at-limit', 'create.contacts-over-limit');
    const recorder = probeLimit('create.contacts-over-limit', `create ContactItem ≤ ${MAX_ITEMS}`);
    const user = await newUser();
    const ok = await createGroupDone(call, user, 'full', manyContacts(user, MAX_ITEMS));
    await checkRule('create.contacts-at-limit', `${MAX_ITEMS} initial conversations accepted`, () => expect(ok.done, ok.seen).toBe(true));
    recorder.record(`${MAX_ITEMS}`, 'accepted', ok.seen, ok.done);
    // "Initial conversation list, up to 100 items" (notes §3.1): the page names no code for 101, so any
    // rejection counts (on the call, or on items with the call OK), and the code is an observation.
    const over = await createGroup(call, user, 'over', manyContacts(user, MAX_ITEMS + 1, { from: 200 }), { invalidOnPurpose: true });
    const verdict = judgeRejection(CREATE, over);
    recorder.record(`${MAX_ITEMS + 1}`, 'rejected', verdict.seen, verdict.ok);
    observe({ id: 'create.contacts-over-limit-code', endpoint: CREATE, question: `How is a group with ${MAX_ITEMS + 1} initial conversations rejected?`, observed: verdict.seen });
    await checkRule('create.contacts-over-limit', `${MAX_ITEMS + 1} initial conversations rejected (${verdict.expected}) and, when the call failed, no group "over"`, async () => {
      expect(verdict.ok, verdict.seen).toBe(true);
      if (over.ErrorCode !== 0) expect((await readAll(user)).groups.map((g) => g.GroupName)).not.toContain('over');
    });
    const empty = await createGroup(call, user, 'empty', [], { invalidOnPurpose: true });
    observe({ id: 'create.empty-contact-item', endpoint: CREATE, question: 'Is a group with no initial ContactItem accepted?', observed: describeRejection(rejectionOf(CREATE, empty)) });
  });

  test('accepts 100 MarkItem entries and rejects 0 or 101 with 51006', async ({ rule, call, newUser, probeErrorCode, probeLimit, checkRule }) => {
    rule('mark.batch-at-limit', 'mark.batch-limit.51006');
    const recorder = probeLimit('mark.batch-limit.51006', `MarkItem 1..${MAX_ITEMS}`);
    const user = await newUser();
    const items = (n: number, from: number) => manyContacts(user, n, { from }).map((c) => ({ OptType: 1, ContactItem: c, SetMark: [2] }));
    const ok = await markContacts(call, user, items(MAX_ITEMS, 0));
    recorder.record(`${MAX_ITEMS}`, 'accepted', describeRejection(rejectionOf(MARK, ok)), rejectionOf(MARK, ok).code === 0);
    await checkRule('mark.batch-at-limit', `${MAX_ITEMS} MarkItem accepted`, () => expect(rejectionOf(MARK, ok).code).toBe(0));
    for (const [count, from] of [[MAX_ITEMS + 1, 200], [0, 0]] as const) {
      const answer = await probeErrorCode({ rule: 'mark.batch-limit.51006', api: MARK, body: { From_Account: user, MarkItem: items(count, from) }, code: 51006, how: `send ${count} MarkItem entries`, options: { invalidOnPurpose: true } });
      recorder.record(`${count}`, 'ErrorCode 51006', describeRejection(rejectionOf(MARK, answer)), rejectionOf(MARK, answer).code === 51006);
    }
  });

  test('accepts 300 search items and rejects 301', async ({ rule, call, newUser, probeLimit, checkRule, observe }) => {
    rule('search.items-at-limit', 'search.items-over-limit');
    const recorder = probeLimit('search.items-over-limit', `search ContactItem ≤ ${MAX_SEARCH}`);
    const user = await newUser();
    const ok = await searchContacts(call, user, manyContacts(user, MAX_SEARCH));
    recorder.record(`${MAX_SEARCH}`, 'accepted', `ErrorCode ${ok.ErrorCode}`, ok.ErrorCode === 0);
    await checkRule('search.items-at-limit', `${MAX_SEARCH} items accepted`, () => expect(ok.ErrorCode).toBe(0));
    const over = await searchContacts(call, user, manyContacts(user, MAX_SEARCH + 1), { invalidOnPurpose: true });
    recorder.record(`${MAX_SEARCH + 1}`, 'rejected', `ErrorCode ${over.ErrorCode}`, over.ErrorCode !== 0);
    // No code is documented for 301 items (notes §5: "[INF] 50002"): any rejection counts, the code is an observation.
    observe({ id: 'search.over-limit-code', endpoint: SEARCH, question: `Which code rejects ${MAX_SEARCH + 1} search items?`, observed: `ErrorCode ${over.ErrorCode}` });
    await checkRule('search.items-over-limit', `${MAX_SEARCH + 1} items rejected`, () => expect(over.ErrorCode).not.toBe(0));
  });

  test('accepts a 256-byte CustomMark and rejects a 257-byte one, changing nothing', async ({ rule, call, newUser, probeLimit, checkRule, observe }) => {
    rule('mark.custom-mark.at-limit', 'mark.custom-mark.too-long');
    const recorder = probeLimit('mark.custom-mark.too-long', `CustomMark ≤ ${CUSTOM_MARK_BYTES} bytes`);
    const user = await newUser();
    for (const [i, width] of ([1, 3, 4] as const).entries()) {
      const contact = c2c(`${user}p${i}`);
      const fits = width === 1 ? textOfBytes(CUSTOM_MARK_BYTES) : textStraddling(CUSTOM_MARK_BYTES, { width });
      const ok = await markContacts(call, user, [{ OptType: 2, ContactItem: contact, CustomMark: fits }]);
      const read = (await searchContacts(call, user, [contact])).ContactResultItem as { CustomMark?: string }[] | undefined;
      recorder.record(`${CUSTOM_MARK_BYTES} bytes (${width}-byte chars)`, 'accepted', describeRejection(rejectionOf(MARK, ok)), rejectionOf(MARK, ok).code === 0);
      await checkRule('mark.custom-mark.at-limit', `a ${CUSTOM_MARK_BYTES}-byte CustomMark stored unchanged`, () => {
        expect(rejectionOf(MARK, ok).code).toBe(0);
        expect(read?.[0]?.CustomMark).toBe(fits);
      });
      const tooLong = width === 1 ? textOfBytes(CUSTOM_MARK_BYTES + 1) : textStraddling(CUSTOM_MARK_BYTES + 1, { width });
      const over = await markContacts(call, user, [{ OptType: 2, ContactItem: contact, CustomMark: tooLong }], { invalidOnPurpose: true });
      const after = (await searchContacts(call, user, [contact])).ContactResultItem as { CustomMark?: string }[] | undefined;
      // No page names the code, nor whether the item's ResultCode or the call's ErrorCode carries it
      // (placeInvalidMarkValue): any rejection of the item counts, and what came back is an observation.
      const verdict = judgeRejection(MARK, over, { item: contact });
      recorder.record(`${CUSTOM_MARK_BYTES + 1} bytes (${width}-byte chars)`, 'rejected', verdict.seen, verdict.ok);
      observe({ id: 'mark.custom-mark-over-limit-code', endpoint: MARK, question: `How is a ${CUSTOM_MARK_BYTES + 1}-byte CustomMark rejected?`, observed: verdict.seen });
      await checkRule('mark.custom-mark.too-long', `a ${CUSTOM_MARK_BYTES + 1}-byte CustomMark rejected (${verdict.expected}) and the old one kept`, () => {
        expect(verdict.ok, verdict.seen).toBe(true);
        expect(after?.[0]?.CustomMark).toBe(fits);
      });
    }
  });
});

test.describe('conversation cap', { tag: '@limits' }, () => {
  test('accepts a 1000th grouped conversation and rejects a 1001st with 51008', async ({ rule, call, newUser, probeErrorCode }) => {
    rule('update.contacts.conversation-cap.51008');
    const user = await newUser();
    await createGroupId(call, user, 'g');
    const contacts = manyContacts(user, MAX_CONVERSATIONS);
    for (let i = 0; i < contacts.length; i += MAX_ITEMS) {
      const added = await updateContactsDone(call, user, 'g', contacts.slice(i, i + MAX_ITEMS).map((contact) => ({ op: 1 as const, contact })));
      expect(added.done, `adding conversations ${i + 1}..${i + MAX_ITEMS}: ${added.seen}`).toBe(true);
    }
    await probeErrorCode({ rule: 'update.contacts.conversation-cap.51008', api: UPDATE, body: { From_Account: user, UpdateType: 1, UpdateGroup: { UpdateGroupType: 2, OldGroupName: 'g', ContactUpdateItem: [{ ContactOptType: 1, ContactItem: c2c(`${user}x`) }] } }, code: 51008, how: `group a ${MAX_CONVERSATIONS + 1}st conversation` });
  });

  test('accepts a 1000th marked conversation and rejects a 1001st with 51008', async ({ rule, call, newUser, probeErrorCode }) => {
    rule('mark.conversation-cap.51008');
    const user = await newUser();
    await markMany(call, user, manyContacts(user, MAX_CONVERSATIONS));
    await probeErrorCode({ rule: 'mark.conversation-cap.51008', api: MARK, body: { From_Account: user, MarkItem: [{ OptType: 1, ContactItem: c2c(`${user}x`), SetMark: [1] }] }, code: 51008, how: `mark a ${MAX_CONVERSATIONS + 1}st conversation` });
  });
});
