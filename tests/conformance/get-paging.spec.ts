/**
 * get_contact_group paging (notes §3.6: "Enter 0 for the first pull and enter the value
 * of NextStartIndex returned last time"). The page size is undocumented: 250
 * conversations force at least two pages at any page size up to 249, and the size
 * seen is recorded as an observation.
 */
import { test, expect } from './fixtures';
import { markMany } from './support/actions';
import { contactLabel, manyContacts } from './support/contacts';

test.describe.configure({ mode: 'parallel' });

/** @defaultValue 250: more than two pages of the mock's default 100. */
const CONVERSATIONS = 250;

test.describe('get_contact_group', { tag: '@get' }, () => {
  test('returns every marked conversation exactly once across pages, ending with CompleteFlag 1', async ({ rule, call, newUser, readAll, observe }) => {
    rule('get.paging.every-item-once');
    const user = await newUser();
    const contacts = manyContacts(`${user}`, CONVERSATIONS);
    await markMany(call, user, contacts);
    const state = await readAll(user);
    const labels = state.contacts.map(contactLabel);
    const duplicates = labels.filter((label, i) => labels.indexOf(label) !== i);
    expect(duplicates, 'conversations returned more than once').toEqual([]);
    expect(new Set(labels)).toEqual(new Set(contacts.map(contactLabel)));
    observe({
      id: 'get.page-size',
      endpoint: 'recentcontact/get_contact_group',
      question: 'How many conversations does one get_contact_group page return?',
      observed: `${state.pages} page(s) for ${CONVERSATIONS} conversations; StartIndex sequence ${state.startIndexes.join(', ')}`,
    });
  });

  test('rejects a From_Account that was never imported with 50001', async ({ rule, probeErrorCode, runPrefix }) => {
    rule('get.not-imported.50001');
    await probeErrorCode({ rule: 'get.not-imported.50001', api: 'recentcontact/get_contact_group', body: { From_Account: `${runPrefix}ghost`, StartIndex: 0 }, code: 50001, how: 'read a From_Account that was never imported' });
  });
});
