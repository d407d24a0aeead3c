/**
 * The gateway: admin identity, UserSig and JSON body, checked before the endpoint
 * (notes §1.1, §4.1, §6). UserSigs are made with lib/usersig; none is ever logged
 * (the client redacts the `usersig` query value in every transcript).
 */
import { signUserSig } from '../../lib/usersig/signUserSig';
import { test } from './fixtures';
import { c2c } from './support/contacts';

test.describe.configure({ mode: 'parallel' });

const SEARCH = 'recentcontact/search_contact_group' as const;
/** @defaultValue one day, the validity the docs recommend (notes §4.1 70001: "recommended validity ≥ 24 h"). */
const DAY = 86_400;

test.describe('gateway', { tag: '@gateway' }, () => {
  const cases = [
    { rule: 'gateway.usersig.expired.70001', code: 70001, how: 'sign with a UserSig that expired an hour ago', sig: { nowOffset: -2 * DAY, expire: DAY - 3600 } },
    { rule: 'gateway.usersig.wrong-key.70009', code: 70009, how: 'sign with another SecretKey', sig: { key: 'f'.repeat(64) } },
    { rule: 'gateway.usersig.identifier-mismatch.70013', code: 70013, how: 'send a UserSig made for another identifier', sig: { identifier: 'someone_else' } },
    { rule: 'gateway.usersig.sdkappid-mismatch.70014', code: 70014, how: 'send a UserSig made for another SDKAppID', sig: { sdkAppIdOffset: 1 } },
  ] as const;

  for (const c of cases) {
    test(`rejects a call when we ${c.how} with ${c.code}`, async ({ rule, probeErrorCode, newUser, config }) => {
      rule(c.rule);
      const user = await newUser();
      const s = c.sig as { nowOffset?: number; expire?: number; key?: string; identifier?: string; sdkAppIdOffset?: number };
      const usersig = signUserSig({
        sdkAppId: config.sdkAppId + (s.sdkAppIdOffset ?? 0),
        secretKey: s.key ?? config.secretKey,
        identifier: s.identifier ?? config.admin,
        expireSeconds: s.expire ?? DAY,
        now: Math.floor(Date.now() / 1000) + (s.nowOffset ?? 0),
      });
      await probeErrorCode({ rule: c.rule, api: SEARCH, body: { From_Account: user, ContactItem: [c2c(`${user}p0`)] }, code: c.code, how: c.how, options: { query: { usersig, identifier: config.admin }, noRetry: true } });
    });
  }

  test('rejects a UserSig that is not a UserSig with 70003', async ({ rule, probeErrorCode, newUser }) => {
    rule('gateway.usersig.invalid.70003');
    const user = await newUser();
    await probeErrorCode({ rule: 'gateway.usersig.invalid.70003', api: SEARCH, body: { From_Account: user, ContactItem: [c2c(`${user}p0`)] }, code: 70003, how: 'send usersig "not-a-usersig"', options: { query: { usersig: 'not-a-usersig' }, noRetry: true } });
  });

  test('rejects a correctly signed non-admin identifier with 60010 or 50003', async ({ rule, probeErrorCode, newUser }) => {
    rule('gateway.admin-required.60010');
    const user = await newUser();
    await probeErrorCode({ rule: 'gateway.admin-required.60010', api: SEARCH, body: { From_Account: user, ContactItem: [c2c(`${user}p0`)] }, code: 60010, alsoAccept: [50003], how: 'sign as an imported non-admin user', options: { identifier: user, noRetry: true } });
  });

  test('rejects a body that is not valid JSON with 60003', async ({ rule, probeErrorCode, newUser }) => {
    rule('gateway.malformed-json.60003');
    const user = await newUser();
    await probeErrorCode({ rule: 'gateway.malformed-json.60003', api: SEARCH, body: null, code: 60003, how: 'send the raw bytes {"From_Account":', options: { rawBody: Buffer.from(`{"From_Account":"${user}",`), noRetry: true } });
  });
});
