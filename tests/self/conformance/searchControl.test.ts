/**
 * The control call of the server-error policy, against the real mock: GuardedClient knows which
 * of the run's accounts are imported right now, and searchControl searches as one of them.
 */
import { test, expect } from '@playwright/test';
import { ChatClient } from '../../../lib/client/ChatClient';
import { EMBEDDED_DEFAULTS } from '../../../lib/config/embeddedDefaults';
import type { RunningMock } from '../../../mock/MockOptions';
import { startMockServer } from '../../../mock/startMockServer';
import { GuardedClient } from '../../conformance/support/GuardedClient';
import { searchControl } from '../../conformance/support/searchControl';

const PREFIX = 'rcc_selftest_';
let mock: RunningMock;
let inner: ChatClient;
let guarded: GuardedClient;

test.beforeEach(async () => {
  mock = await startMockServer({ port: 0, rateLimit: 0 });
  inner = new ChatClient({ baseUrl: mock.url, sdkAppId: EMBEDDED_DEFAULTS.sdkAppId, admin: EMBEDDED_DEFAULTS.admin, secretKey: EMBEDDED_DEFAULTS.secretKey, rateLimit: 0, timeoutMs: 2000 });
  guarded = new GuardedClient(inner, { prefix: PREFIX });
});
test.afterEach(async () => {
  inner.close();
  await mock.close();
});

test.describe('GuardedClient.liveUser and searchControl', () => {
  test('knows no live user, and makes no control call, before any import', async () => {
    expect(guarded.liveUser()).toBeUndefined();
    expect(await searchControl(guarded)()).toBeUndefined();
    expect(mock.stats().requests).toBe(0);
  });

  test('names the last account imported and not deleted, leaving out FailAccounts', async () => {
    // A 33-byte UserID is refused ("UserID ... up to 32 bytes", notes §7.1) and comes back in FailAccounts.
    const tooLong = `${PREFIX}${'x'.repeat(33 - PREFIX.length)}`;
    await guarded.call('im_open_login_svc/multiaccount_import', { Accounts: [`${PREFIX}a`, `${PREFIX}b`, tooLong] });
    expect(guarded.liveUser()).toBe(`${PREFIX}b`);
    await guarded.call('im_open_login_svc/account_delete', { DeleteItem: [{ UserID: `${PREFIX}b` }] });
    expect(guarded.liveUser()).toBe(`${PREFIX}a`);
    await guarded.call('im_open_login_svc/account_import', { UserID: `${PREFIX}c` });
    expect(guarded.liveUser()).toBe(`${PREFIX}c`);
  });

  test('searches as a live user and is answered OK by a healthy target', async () => {
    await guarded.call('im_open_login_svc/account_import', { UserID: `${PREFIX}a` });
    const control = await searchControl(guarded)();
    expect(control).toMatchObject({ kind: 'answered', httpStatus: 200, body: { ErrorCode: 0 }, attempts: 1 });
    expect(inner.transcript.entries().at(-1)).toMatchObject({ api: 'recentcontact/search_contact_group' });
    expect(inner.transcript.entries().at(-1)!.requestBody).toContain(`"From_Account":"${PREFIX}a"`);
  });
});
