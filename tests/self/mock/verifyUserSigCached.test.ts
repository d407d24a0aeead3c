import { expect, test } from '@playwright/test';
import { signUserSig } from '../../../lib/usersig/signUserSig';
import { verifyUserSig } from '../../../lib/usersig/verifyUserSig';
import { verifyUserSigCached } from '../../../mock/gateway/verifyUserSigCached';

const APP = { sdkAppId: 1400000042, secretKey: 'cache-test-key-5f1e', identifier: 'administrator' };
const NOW = 1_800_000_000;

test('a remembered UserSig gives verifyUserSig\'s verdict every time, for good and bad sigs alike', () => {
  const good = signUserSig({ ...APP, expireSeconds: 3600, now: NOW });
  const cases: [string, Parameters<typeof verifyUserSig>[1]][] = [
    [good, { ...APP, now: NOW }],
    [good, { ...APP, identifier: 'someone_else', now: NOW }],
    [good, { ...APP, sdkAppId: APP.sdkAppId + 1, now: NOW }],
    [good, { ...APP, secretKey: 'another-key', now: NOW }],
    [good, { ...APP, now: NOW + 3601 }],
    ['not-a-usersig', { ...APP, now: NOW }],
  ];
  for (let round = 0; round < 2; round++) {
    for (const [sig, expected] of cases) expect(verifyUserSigCached(sig, expected), `round ${round}`).toEqual(verifyUserSig(sig, expected));
  }
  expect(verifyUserSigCached(good, { ...APP, now: NOW })).toEqual({ ok: true, expiresAt: NOW + 3600 });
});

test('a remembered UserSig still expires: once now passes its expiry it answers 70001', () => {
  const sig = signUserSig({ ...APP, expireSeconds: 60, now: NOW });
  expect(verifyUserSigCached(sig, { ...APP, now: NOW + 60 })).toEqual({ ok: true, expiresAt: NOW + 60 });
  expect(verifyUserSigCached(sig, { ...APP, now: NOW + 61 })).toEqual({ ok: false, code: 70001, reason: 'UserSig expired' });
  expect(verifyUserSigCached(sig, { ...APP, now: NOW + 61 })).toEqual(verifyUserSig(sig, { ...APP, now: NOW + 61 }));
});
