import { test, expect } from '@playwright/test';
import { signUserSig } from '../../../lib/usersig/signUserSig';
import { decodeUserSig } from '../../../lib/usersig/decodeUserSig';
import { officialUserSig } from './officialUserSig';

// tencent-chat-api-notes.md §6.2: the key, sdkappid and identifier every official test uses.
const DOC_KEY = '5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e';
const DOC_SDKAPPID = 1400000000;

function decoded(userSig: string): unknown {
  const result = decodeUserSig(userSig);
  if (!result.ok) throw new Error(`could not decode: ${result.reason}`);
  return result.document;
}

test.describe('signUserSig', () => {
  test('matches the §6.2 fixed vector for xiaojun (TLS.sig and full decoded JSON)', () => {
    const sig = signUserSig({ sdkAppId: DOC_SDKAPPID, secretKey: DOC_KEY, identifier: 'xiaojun', expireSeconds: 15552000, now: 1700000000 });
    expect(decoded(sig)).toEqual({
      'TLS.ver': '2.0',
      'TLS.identifier': 'xiaojun',
      'TLS.sdkappid': 1400000000,
      'TLS.time': 1700000000,
      'TLS.expire': 15552000,
      'TLS.sig': 'LvA7d/Iw7gSsnskvVzBDPOCCDbuNCw4GHwTC0bip+B4=',
    });
    // The published full UserSig decodes to the same document.
    const published =
      'eJyrVgrxCdYrSy1SslIy0jNQ0gHzM1NS80oy0zLBwhWZiflZpXlQqeKU7MSCgswUJStDEwMogMiUZOamKlkZmqOKplYUZBaBxE1NTY3gosWZ6UpWSj5ljuYp*p7l5unBxXnF2WVhVU4uAf7Ozi5JpX7O5SbuHuUhzgZJmQXaTia2SrUAohcx8g__';
    expect(decoded(published)).toEqual(decoded(sig));
  });

  test('matches the §6.2 fixed vector for administrator with expire 86400', () => {
    const sig = signUserSig({ sdkAppId: DOC_SDKAPPID, secretKey: DOC_KEY, identifier: 'administrator', expireSeconds: 86400, now: 1700000000 });
    expect(decoded(sig)).toMatchObject({ 'TLS.sig': 'yLAe+w7WUeUuqbV9h/TX78u21oTGi+i9Zp1u3PpnY60=', 'TLS.expire': 86400, 'TLS.time': 1700000000 });
  });

  test('decodes to the same JSON as the official tls-sig-api-v2 package', () => {
    const cases = [
      { identifier: 'xiaojun', expireSeconds: 86400 * 180, now: 1700000000 },
      { identifier: 'administrator', expireSeconds: 86400, now: 1763900000 },
      { identifier: 'user_0001-x', expireSeconds: 1, now: 1 },
      { identifier: '用户', expireSeconds: 3600, now: 1800000123 },
      { identifier: '', expireSeconds: 0, now: 1700000000 },
    ];
    for (const c of cases) {
      for (const secretKey of [DOC_KEY, 'short key', 'clé-ünïcode']) {
        const params = { sdkAppId: DOC_SDKAPPID, secretKey, ...c };
        expect(decoded(signUserSig(params)), JSON.stringify(c)).toEqual(decoded(officialUserSig(params)));
      }
    }
  });

  test('keys the HMAC with the secret as UTF-8 text, not hex-decoded', () => {
    const hexKey = DOC_KEY;
    const asText = signUserSig({ sdkAppId: 1, secretKey: hexKey, identifier: 'a', expireSeconds: 10, now: 100 });
    const official = officialUserSig({ sdkAppId: 1, secretKey: hexKey, identifier: 'a', expireSeconds: 10, now: 100 });
    expect(decoded(asText)).toEqual(decoded(official));
  });

  test('uses only the UserSig alphabet', () => {
    for (let i = 0; i < 20; i++) {
      const sig = signUserSig({ sdkAppId: 1400000000 + i, secretKey: DOC_KEY, identifier: `u${i}?/+=`, expireSeconds: 86400, now: 1700000000 + i });
      expect(sig).toMatch(/^[A-Za-z0-9*\-_]+$/);
    }
  });
});
