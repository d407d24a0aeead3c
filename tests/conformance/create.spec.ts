/** create_contact_group (page 53437, Creating Conversation Group Data): one group per call. */
import { test, expect } from './fixtures';
import { failedAfterRetry } from './support/answeredAfterRetry';

test.describe.configure({ mode: 'parallel' });

test.describe('create_contact_group', { tag: '@limits' }, () => {
  test('never creates two conversation groups in one call', async ({ rule, call, newUser, readAll, checkRule, observe }) => {
    rule('create.one-group-per-call', 'envelope.failed-call-changes-nothing');
    const user = await newUser();
    // "Only one conversation group can be added at a time." The page gives no code for two entries,
    // so any failure passes, and so does a success that created at most one: never two groups.
    const answer = await call('recentcontact/create_contact_group', { From_Account: user, GroupContactItem: [{ GroupName: 'first' }, { GroupName: 'second' }] }, { invalidOnPurpose: true });
    const created = (await readAll(user)).groups.filter((g) => g.GroupName === 'first' || g.GroupName === 'second');
    const outcome = `${answer.ErrorCode === 0 ? 'OK' : `ErrorCode ${answer.ErrorCode}`}, ${created.length} of the 2 groups created`;
    observe({ id: 'create.two-group-entries', endpoint: 'recentcontact/create_contact_group', question: 'What does create_contact_group do with two GroupContactItem entries in one call?', observed: outcome });
    await checkRule('create.one-group-per-call', 'at most one of the two groups created', () => {
      expect(created.length, outcome).toBeLessThanOrEqual(1);
    });
    // A FAIL that came only after retries may answer the repeat of an attempt that was applied.
    if (answer.ErrorCode !== 0 && !failedAfterRetry(answer)) {
      await checkRule('envelope.failed-call-changes-nothing', 'no group created by the failed call', () => expect(created, outcome).toEqual([]));
    }
  });
});
