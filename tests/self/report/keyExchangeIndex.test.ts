import { test, expect } from '@playwright/test';
import { keyExchangeIndex } from '../../../lib/report/html/keyExchangeIndex';
import { entry } from './fakeRun';

const calls = (...apis: string[]) => apis.map((api, i) => entry({ seq: i + 1, api }));

test.describe('keyExchangeIndex', () => {
  test("picks the test's last call to the rule's endpoint, not its teardown or read-back", () => {
    const exchanges = calls('im_open_login_svc/multiaccount_import', 'recentcontact/mark_contact', 'recentcontact/mark_contact', 'recentcontact/search_contact_group', 'im_open_login_svc/account_delete');
    expect(keyExchangeIndex('recentcontact/mark_contact', exchanges)).toBe(2);
  });

  test('takes the latest call by seq, not by position: a stateful transcript can list the shrunk run before an earlier one', () => {
    const shrunk = [entry({ seq: 1936, api: 'recentcontact/mark_contact' })];
    const earlier = [entry({ seq: 1928, api: 'recentcontact/mark_contact' }), entry({ seq: 1929, api: 'recentcontact/get_contact_group' })];
    expect(keyExchangeIndex('recentcontact/mark_contact', [...shrunk, ...earlier])).toBe(0);
    expect(keyExchangeIndex('gateway', [entry({ seq: 9, api: 'recentcontact/get_contact_group' }), entry({ seq: 3, api: 'recentcontact/mark_contact' })])).toBe(0);
  });

  test('falls back to the last conversation call, then to the last call, and gives -1 when none was recorded', () => {
    expect(keyExchangeIndex('gateway', calls('recentcontact/get_contact_group', 'recentcontact/search_contact_group', 'im_open_login_svc/account_delete'))).toBe(1);
    expect(keyExchangeIndex('gateway', calls('im_open_login_svc/multiaccount_import', 'im_open_login_svc/account_delete'))).toBe(1);
    expect(keyExchangeIndex('recentcontact/mark_contact', [])).toBe(-1);
  });
});
