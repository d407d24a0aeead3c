/**
 * Envelope invariants on every answer (update_contact_group.page.txt "Error Codes":
 * "The returned HTTP status code for this API is always 200 unless a network error
 * … occurs"; notes §1.2). The `call` fixture checks them on every call of every
 * spec; these tests make sure each invariant is exercised on both OK and FAIL answers.
 */
import { test, expect } from './fixtures';
import { createGroup, createGroupId, deleteGroup, markContacts, renameGroup, searchContacts, updateContacts } from './support/actions';
import { c2c } from './support/contacts';
import { failedAfterRetry } from './support/answeredAfterRetry';
import { itemResultsOf } from './support/envelopeViolations';
import { textOfBytes } from './support/names';

test.describe.configure({ mode: 'parallel' });

test.describe('envelope', { tag: '@envelope' }, () => {
  test('answers failing calls with HTTP 200, ActionStatus FAIL and a string ErrorInfo', async ({ rule, call, newUser, config }) => {
    rule('envelope.http-200', 'envelope.json-object', 'envelope.action-status-matches-error-code', 'envelope.error-info-string');
    const user = await newUser();
    await createGroupId(call, user, 'g1');
    const answers = [
      await renameGroup(call, user, 'g1', textOfBytes(config.nameMaxBytes + 1), { invalidOnPurpose: true }),
      await renameGroup(call, user, 'no-such-group', 'g2'),
      await deleteGroup(call, user, 'no-such-group'),
      await markContacts(call, user, [], { invalidOnPurpose: true }),
      await searchContacts(call, `${user}ghost`, [c2c('x')]),
    ];
    // The invariants themselves are checked by `call`; this makes sure FAIL answers were among them.
    expect(answers.filter((a) => a.ErrorCode !== 0).length, 'at least one of the five error requests must be answered FAIL').toBeGreaterThan(0);
  });

  test('answers successful calls with ActionStatus OK, ErrorCode 0 and an empty ErrorInfo', async ({ rule, call, newUser }) => {
    rule('envelope.action-status-matches-error-code', 'envelope.error-info-string');
    const user = await newUser();
    // The group is a precondition (a failed create is create.creates-group's failure, not the envelope's).
    await createGroupId(call, user, 'g1', [c2c(`${user}p0`)]);
    const answers = [
      await renameGroup(call, user, 'g1', 'g2'),
      await updateContacts(call, user, 'g2', [{ op: 1, contact: c2c(`${user}p1`) }]),
      await markContacts(call, user, [{ OptType: 1, ContactItem: c2c(`${user}p1`), SetMark: [2] }]),
      await searchContacts(call, user, [c2c(`${user}p1`)]),
      await call('recentcontact/get_contact_group', { From_Account: user, StartIndex: 0 }),
      await deleteGroup(call, user, 'g2'),
    ];
    // Each of these is a valid call on the state just built; the envelope of a success must say so. A write
    // the client had to repeat may be answered FAIL for its repeat (a rename meets 51009): that says nothing here.
    for (const answer of answers.filter((a) => !failedAfterRetry(a))) {
      expect(answer).toMatchObject({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' });
    }
  });

  test('reports each batch item with an integer ResultCode and a string ResultInfo', async ({ rule, call, newUser }) => {
    rule('envelope.item-result-fields');
    const user = await newUser();
    const contacts = [c2c(`${user}p0`), c2c(`${user}p1`), c2c(`${user}p2`)];
    const created = await createGroup(call, user, 'g1', contacts);
    const updated = await updateContacts(call, user, 'g1', [{ op: 2, contact: contacts[0]! }, { op: 1, contact: c2c(`${user}p3`) }]);
    const marked = await markContacts(call, user, contacts.map((c) => ({ OptType: 1, ContactItem: c, SetMark: [0] })));
    const batches = [['recentcontact/create_contact_group', created, 3], ['recentcontact/update_contact_group', updated, 2], ['recentcontact/mark_contact', marked, 3]] as const;
    // A write the client had to repeat may be answered FAIL for its repeat, with no items to count.
    for (const [api, answer, count] of batches) if (!failedAfterRetry(answer)) expect(itemResultsOf(api, answer), `${api} items`).toHaveLength(count);
  });

  test('answers every endpoint with the documented field types', async ({ rule, call, newUser }) => {
    rule('envelope.response-schema');
    const user = await newUser();
    const contact = c2c(`${user}p0`);
    // Every answer is validated against the spec by `call`; these cover each response shape once.
    const created = await createGroup(call, user, 'g1', [contact]);
    await renameGroup(call, user, 'g1', 'g2');
    await updateContacts(call, user, 'g2', [{ op: 1, contact: c2c(`${user}p1`) }]);
    await markContacts(call, user, [{ OptType: 3, ContactItem: contact, SetMark: [1], CustomMark: 'x' }]);
    const found = await searchContacts(call, user, [contact]);
    await call('recentcontact/get_contact_group', { From_Account: user, StartIndex: 0 });
    const deleted = await deleteGroup(call, user, 'g2');
    // A write the client had to repeat may be answered FAIL for its repeat, without the fields to check.
    if (!failedAfterRetry(created)) expect(typeof (created.GroupResultItem as { GroupItem: { GroupId: unknown } }[])[0]!.GroupItem.GroupId).toBe('number');
    expect(typeof (found.ContactResultItem as { Timestamp: unknown }[])[0]!.Timestamp).toBe('number');
    if (!failedAfterRetry(deleted)) expect(typeof (deleted.GroupItem as { GroupId: unknown }[])[0]!.GroupId).toBe('number');
  });

  test('changes nothing when a call is answered FAIL', async ({ rule, call, newUser, readAll, config }) => {
    rule('envelope.failed-call-changes-nothing');
    const user = await newUser();
    const contact = c2c(`${user}p0`);
    await createGroupId(call, user, 'g1', [contact]);
    await markContacts(call, user, [{ OptType: 3, ContactItem: contact, SetMark: [4], CustomMark: 'keep' }]);
    const attempts = [
      () => renameGroup(call, user, 'g1', textOfBytes(config.nameMaxBytes + 1), { invalidOnPurpose: true }),
      () => markContacts(call, user, [{ OptType: 3, ContactItem: contact, SetMark: [6, 64], CustomMark: 'changed' }], { invalidOnPurpose: true }),
      () => markContacts(call, user, [{ OptType: 2, ContactItem: contact, CustomMark: 'x'.repeat(257) }], { invalidOnPurpose: true }),
      () => updateContacts(call, user, 'g1', Array.from({ length: 101 }, (_, i) => ({ op: 1 as const, contact: c2c(`${user}q${i}`) })), { invalidOnPurpose: true }),
    ];
    let failed = 0;
    for (const attempt of attempts) {
      // Read before each attempt: an earlier attempt that was accepted (answered OK) may have changed the state.
      const before = await readAll(user);
      const answer = await attempt();
      if (answer.ActionStatus !== 'FAIL') continue;
      failed++;
      expect(await readAll(user), `state after a FAIL answer (ErrorCode ${answer.ErrorCode})`).toEqual(before);
    }
    if (failed === 0) test.skip(true, 'no attempt was answered FAIL, so there was nothing to compare');
  });
});
