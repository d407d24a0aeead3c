import { test, expect } from '@playwright/test';
import { baseTargetOf } from '../../../lib/client/baseTargetOf';
import { startLoopbackServer, envelope } from './loopbackServer';
import { testClient } from './testClient';

test.describe('the client builds each request target without parsing a URL per call', () => {
  test('keeps a base path in front of /v4 and writes the origin as URL.origin does', () => {
    const base = baseTargetOf('http://127.0.0.1:80/prefix');
    expect(base).toMatchObject({ protocol: 'http:', hostname: '127.0.0.1', port: '', origin: 'http://127.0.0.1' });
    expect(base.pathFor('recentcontact/mark_contact')).toBe('/prefix/v4/recentcontact/mark_contact');
    expect(baseTargetOf('https://console.tim.qq.com').pathFor('recentcontact/mark_contact')).toBe('/v4/recentcontact/mark_contact');
  });

  test('encodes an API path with other characters exactly as new URL would', () => {
    for (const api of ['a b/c', 'x/../y', 'é/ü?', 'a%2f/b']) {
      expect(baseTargetOf('http://h:1').pathFor(api), api).toBe(new URL(`http://h:1/v4/${api}`).pathname);
    }
  });

  test('drops the IPv6 brackets node:http does not want, and refuses a base URL that is not http(s)', () => {
    expect(baseTargetOf('http://[::1]:9000')).toMatchObject({ hostname: '::1', port: '9000', origin: 'http://[::1]:9000' });
    expect(() => baseTargetOf('ftp://127.0.0.1')).toThrow('base URL must be http or https, got ftp:');
  });

  test('sends and records the same URL bytes that new URL + searchParams.set would, with and without query overrides', async () => {
    const server = await startLoopbackServer(() => ({ body: envelope(0) }));
    const randoms = [0.25, 0.5];
    const client = testClient(`${server.baseUrl}/base`, { random: () => randoms.shift() ?? 0 });
    try {
      const identifier = 'ad min+&=é~!*';
      await client.call('recentcontact/get_contact_group', { From_Account: 'a' }, { identifier });
      await client.call('recentcontact/get_contact_group', { From_Account: 'a' }, { identifier, query: { usersig: 'own sig', contenttype: undefined } });
      // What the client built before it stopped parsing URLs per call: the reference bytes.
      const reference = (random: string, usersig: string, contenttype?: string) => {
        const url = new URL(`${server.baseUrl}/base/v4/recentcontact/get_contact_group`);
        for (const [key, value] of Object.entries({ sdkappid: '1400000001', identifier, usersig, random, contenttype })) if (value !== undefined) url.searchParams.set(key, value);
        return url;
      };
      const [signed, overridden] = server.arrivals;
      const sig = signed!.url.searchParams.get('usersig')!;
      const expected = [reference('1073741824', sig, 'json'), reference('2147483648', 'own sig')];
      expect([signed, overridden].map((arrival) => `${arrival!.url.pathname}${arrival!.url.search}`)).toEqual(expected.map((url) => `${url.pathname}${url.search}`));
      expect(client.transcript.entries().map((entry) => entry.url)).toEqual(expected.map((url) => url.toString().replace(/usersig=[^&]*/, 'usersig=<redacted>')));
    } finally {
      client.close();
      await server.close();
    }
  });
});
