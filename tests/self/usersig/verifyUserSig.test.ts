import { test, expect } from '@playwright/test';
import { deflateSync } from 'node:zlib';
import { signUserSig } from '../../../lib/usersig/signUserSig';
import { verifyUserSig } from '../../../lib/usersig/verifyUserSig';
import { decodeUserSig } from '../../../lib/usersig/decodeUserSig';
import { toUserSigBase64 } from '../../../lib/usersig/userSigBase64';
import { officialUserSig } from './officialUserSig';

const KEY = '5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e';
const SDKAPPID = 1400000000;
const NOW = 1700000000;
const signed = (over: Partial<Parameters<typeof signUserSig>[0]> = {}) =>
  signUserSig({ sdkAppId: SDKAPPID, secretKey: KEY, identifier: 'administrator', expireSeconds: 86400, now: NOW, ...over });
const expected = { sdkAppId: SDKAPPID, secretKey: KEY, identifier: 'administrator', now: NOW + 10 };
const encodeJson = (value: unknown) => toUserSigBase64(deflateSync(Buffer.from(JSON.stringify(value))));

test.describe('verifyUserSig', () => {
  test('accepts our own UserSig and reports when it expires', () => {
    expect(verifyUserSig(signed(), expected)).toEqual({ ok: true, expiresAt: NOW + 86400 });
  });

  test('accepts a UserSig from the official tls-sig-api-v2 package', () => {
    const official = officialUserSig({ sdkAppId: SDKAPPID, secretKey: KEY, identifier: 'administrator', expireSeconds: 86400, now: NOW });
    expect(verifyUserSig(official, expected)).toEqual({ ok: true, expiresAt: NOW + 86400 });
  });

  test('accepts a UserSig at the last second of its validity and rejects it one second later with 70001', () => {
    expect(verifyUserSig(signed(), { ...expected, now: NOW + 86400 }).ok).toBe(true);
    expect(verifyUserSig(signed(), { ...expected, now: NOW + 86401 })).toMatchObject({ ok: false, code: 70001 });
  });

  test('rejects a UserSig signed with another key with 70009', () => {
    expect(verifyUserSig(signed({ secretKey: 'another key' }), expected)).toMatchObject({ ok: false, code: 70009 });
  });

  test('rejects a UserSig whose TLS.sig was tampered with 70009', () => {
    const result = decodeUserSig(signed());
    if (!result.ok) throw new Error(result.reason);
    const sig = result.document['TLS.sig'];
    const tampered = { ...result.document, 'TLS.sig': (sig[0] === 'A' ? 'B' : 'A') + sig.slice(1) };
    expect(verifyUserSig(encodeJson(tampered), expected)).toMatchObject({ ok: false, code: 70009 });
  });

  test('rejects a UserSig whose signed time was changed with 70009', () => {
    const result = decodeUserSig(signed());
    if (!result.ok) throw new Error(result.reason);
    expect(verifyUserSig(encodeJson({ ...result.document, 'TLS.time': NOW + 1 }), expected)).toMatchObject({ ok: false, code: 70009 });
  });

  test('rejects a UserSig with flipped bytes with 70003 or 70009, never ok', () => {
    const sig = signed();
    for (const index of [0, 5, Math.floor(sig.length / 2), sig.length - 3]) {
      const ch = sig[index] === 'A' ? 'B' : 'A';
      const tampered = sig.slice(0, index) + ch + sig.slice(index + 1);
      const verdict = verifyUserSig(tampered, expected);
      expect(verdict.ok, `byte ${index}`).toBe(false);
      if (!verdict.ok) expect([70003, 70009]).toContain(verdict.code);
    }
  });

  test('rejects a UserSig for another identifier with 70013', () => {
    expect(verifyUserSig(signed({ identifier: 'someone' }), expected)).toMatchObject({ ok: false, code: 70013 });
  });

  test('rejects a UserSig for another SDKAppID with 70014', () => {
    expect(verifyUserSig(signed({ sdkAppId: SDKAPPID + 1 }), expected)).toMatchObject({ ok: false, code: 70014 });
  });

  test('checks sdkappid before identifier before expiry before HMAC', () => {
    const allWrong = signed({ sdkAppId: 1, identifier: 'x', now: 0, expireSeconds: 1, secretKey: 'k' });
    expect(verifyUserSig(allWrong, expected)).toMatchObject({ code: 70014 });
    expect(verifyUserSig(signed({ identifier: 'x', now: 0, expireSeconds: 1, secretKey: 'k' }), expected)).toMatchObject({ code: 70013 });
    expect(verifyUserSig(signed({ now: 0, expireSeconds: 1, secretKey: 'k' }), expected)).toMatchObject({ code: 70001 });
  });

  test('rejects undecodable input with 70003 and never throws', () => {
    const garbage = [
      '',
      'not a sig!',
      '@@@@',
      toUserSigBase64(Buffer.from('plain bytes, not zlib')),
      encodeJson('just a string'),
      toUserSigBase64(deflateSync(Buffer.from('{not json'))),
      encodeJson({ 'TLS.ver': '2.0', 'TLS.identifier': 'administrator', 'TLS.sdkappid': SDKAPPID }),
      encodeJson({ 'TLS.identifier': 'administrator', 'TLS.sdkappid': String(SDKAPPID), 'TLS.time': NOW, 'TLS.expire': 1, 'TLS.sig': 'x' }),
      signed().slice(0, 10),
    ];
    for (const input of garbage) {
      expect(verifyUserSig(input, expected), JSON.stringify(input)).toMatchObject({ ok: false, code: 70003 });
    }
    expect(verifyUserSig(undefined as unknown as string, expected)).toMatchObject({ ok: false, code: 70003 });
  });
});
