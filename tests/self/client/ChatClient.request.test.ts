import { test, expect } from '@playwright/test';
import { verifyUserSig } from '../../../lib/usersig/verifyUserSig';
import { USERSIG_EXPIRE_SECONDS, USERSIG_RENEW_MARGIN_SECONDS } from '../../../lib/client/UserSigCache';
import { startLoopbackServer, envelope } from './loopbackServer';
import type { LoopbackServer } from './loopbackServer';
import { ADMIN, CANARY_SECRET, SDKAPPID, testClient } from './testClient';

let server: LoopbackServer;
test.beforeEach(async () => {
  server = await startLoopbackServer(() => ({ body: envelope(0) }));
});
test.afterEach(async () => {
  await server.close();
});

test.describe('ChatClient request', () => {
  test('posts to /v4/{api} with the documented query parameters and a fresh random each call', async () => {
    const client = testClient(server.baseUrl);
    try {
      const body = { From_Account: 'user_0001', GroupName: ['g'] };
      for (let i = 0; i < 5; i++) expect((await client.call('recentcontact/del_contact_group', body)).kind).toBe('answered');
      const randoms = new Set<string>();
      for (const { url, body: sent } of server.arrivals) {
        expect(url.pathname).toBe('/v4/recentcontact/del_contact_group');
        expect([...url.searchParams.keys()].sort()).toEqual(['contenttype', 'identifier', 'random', 'sdkappid', 'usersig']);
        expect(url.searchParams.get('sdkappid')).toBe(String(SDKAPPID));
        expect(url.searchParams.get('identifier')).toBe(ADMIN);
        expect(url.searchParams.get('contenttype')).toBe('json');
        const random = Number(url.searchParams.get('random'));
        expect(Number.isInteger(random) && random >= 0 && random <= 4294967295).toBe(true);
        randoms.add(url.searchParams.get('random')!);
        expect(JSON.parse(sent)).toEqual(body);
      }
      expect(randoms.size).toBe(5);
      expect(client.requestCount).toBe(5);
    } finally {
      client.close();
    }
  });

  test('maps the injected random to the full uint32 range', async () => {
    const values = [0, 0.5, 0.9999999999];
    const client = testClient(server.baseUrl, { random: () => values.shift() ?? 0 });
    try {
      for (let i = 0; i < 3; i++) await client.call('recentcontact/get_contact_group', { From_Account: 'a' });
      expect(server.arrivals.map((a) => a.url.searchParams.get('random'))).toEqual(['0', '2147483648', '4294967295']);
    } finally {
      client.close();
    }
  });

  test('signs with a UserSig that verifies for the identifier, sdkappid and secret', async () => {
    const client = testClient(server.baseUrl);
    try {
      await client.call('recentcontact/get_contact_group', { From_Account: 'a' });
      await client.call('recentcontact/get_contact_group', { From_Account: 'a' }, { identifier: 'other_admin' });
      const [first, second] = server.arrivals.map((a) => a.url.searchParams);
      const now = Math.floor(Date.now() / 1000);
      expect(verifyUserSig(first!.get('usersig')!, { sdkAppId: SDKAPPID, secretKey: CANARY_SECRET, identifier: ADMIN, now })).toMatchObject({ ok: true });
      expect(second!.get('identifier')).toBe('other_admin');
      expect(verifyUserSig(second!.get('usersig')!, { sdkAppId: SDKAPPID, secretKey: CANARY_SECRET, identifier: 'other_admin', now })).toMatchObject({ ok: true });
    } finally {
      client.close();
    }
  });

  test('caches the UserSig and re-signs it when under an hour of validity is left', async () => {
    let nowMs = 1_800_000_000_000;
    const client = testClient(server.baseUrl, { clock: () => nowMs });
    try {
      const sigAt = async () => {
        await client.call('recentcontact/get_contact_group', { From_Account: 'a' });
        return server.arrivals.at(-1)!.url.searchParams.get('usersig')!;
      };
      const first = await sigAt();
      expect(await sigAt()).toBe(first);
      nowMs += (USERSIG_EXPIRE_SECONDS - USERSIG_RENEW_MARGIN_SECONDS) * 1000; // exactly one hour left: still fine
      expect(await sigAt()).toBe(first);
      nowMs += 1000; // under an hour left
      const renewed = await sigAt();
      expect(renewed).not.toBe(first);
      const verdict = verifyUserSig(renewed, { sdkAppId: SDKAPPID, secretKey: CANARY_SECRET, identifier: ADMIN, now: Math.floor(nowMs / 1000) });
      expect(verdict).toEqual({ ok: true, expiresAt: Math.floor(nowMs / 1000) + USERSIG_EXPIRE_SECONDS });
    } finally {
      client.close();
    }
  });

  test('sends query overrides as given and omits parameters set to undefined', async () => {
    const client = testClient(server.baseUrl);
    try {
      await client.call('recentcontact/get_contact_group', { From_Account: 'a' }, { query: { usersig: 'bogus', contenttype: undefined } });
      const params = server.arrivals[0]!.url.searchParams;
      expect(params.get('usersig')).toBe('bogus');
      expect(params.has('contenttype')).toBe(false);
    } finally {
      client.close();
    }
  });

  test('sends a raw body byte for byte and {} for an undefined body', async () => {
    const client = testClient(server.baseUrl);
    try {
      await client.call('recentcontact/get_contact_group', undefined, { rawBody: Buffer.from('{"From_Account":') });
      await client.call('recentcontact/get_contact_group', undefined);
      expect(server.arrivals.map((a) => a.body)).toEqual(['{"From_Account":', '{}']);
    } finally {
      client.close();
    }
  });

  test('checks requests and responses with the validator unless the request is invalid on purpose', async () => {
    const seen: string[] = [];
    const validator = {
      validateRequest: (api: string) => (seen.push(`req ${api}`), { valid: false as const, errors: ['From_Account is required'] }),
      validateResponse: (api: string) => (seen.push(`res ${api}`), { valid: false as const, errors: ['GroupItem is required'] }),
    };
    const client = testClient(server.baseUrl, { validator });
    try {
      await client.call('recentcontact/del_contact_group', {});
      await client.call('recentcontact/del_contact_group', {}, { invalidOnPurpose: true });
      const [checked, skipped] = client.transcript.entries();
      expect(checked!.schemaErrors).toEqual(['request: From_Account is required', 'response: GroupItem is required']);
      expect(skipped!.schemaErrors).toEqual(['response: GroupItem is required']);
      expect(seen).toEqual(['req recentcontact/del_contact_group', 'res recentcontact/del_contact_group', 'res recentcontact/del_contact_group']);
    } finally {
      client.close();
    }
  });
});
