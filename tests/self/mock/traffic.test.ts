import { request as httpRequest, Agent } from 'node:http';
import { expect, test } from '@playwright/test';
import { call, importUsers, signedQuery, withMock } from './mockHarness';

const SIX = [
  'recentcontact/create_contact_group',
  'recentcontact/update_contact_group',
  'recentcontact/del_contact_group',
  'recentcontact/search_contact_group',
  'recentcontact/mark_contact',
  'recentcontact/get_contact_group',
];

test('answers every conversation-group API with 51013 on the basic edition', async () => {
  await withMock({ edition: 'basic' }, async (mock) => {
    await importUsers(mock, 'alice'); // account APIs are not conversation-group APIs
    for (const api of SIX) {
      const answer = await call(mock, api, { From_Account: 'alice', StartIndex: 0 });
      expect(answer.status).toBe(200);
      expect(answer.envelope.ErrorCode, api).toBe(51013);
    }
  });
});

test('injects 50004 on about the configured fraction of calls, the same calls for the same seed', async () => {
  const run = () =>
    withMock({ inject: [{ code: 50004, rate: 0.25 }], seed: 42, rateLimit: 0 }, async (mock) => {
      const codes: number[] = [];
      for (let i = 0; i < 200; i++) codes.push((await call(mock, 'im_open_login_svc/account_check', { CheckItem: [{ UserID: 'a' }] })).envelope.ErrorCode);
      return codes;
    });
  const first = await run();
  const injected = first.filter((code) => code === 50004).length;
  expect(injected).toBeGreaterThan(25);
  expect(injected).toBeLessThan(75);
  expect(first.every((code) => code === 0 || code === 50004)).toBe(true);
  expect(await run()).toEqual(first);
});

test('answers 60007 beyond 200 calls per second to one API while another API is unaffected', async () => {
  const frozen = Date.now();
  await withMock({ clock: () => frozen }, async (mock) => {
    const query = signedQuery({}, { now: Math.floor(frozen / 1000) });
    await importUsers(mock, 'alice');
    const burst = await Promise.all(
      Array.from({ length: 260 }, () => call(mock, 'recentcontact/get_contact_group', { From_Account: 'alice', StartIndex: 0 }, { query })),
    );
    const codes = burst.map((answer) => answer.envelope.ErrorCode);
    expect(codes.filter((code) => code === 0)).toHaveLength(200);
    expect(codes.filter((code) => code === 60007)).toHaveLength(60);
    const other = await call(mock, 'recentcontact/search_contact_group', { From_Account: 'alice', ContactItem: [{ Type: 1, To_Account: 'bob' }] }, { query });
    expect(other.envelope.ErrorCode).toBe(0);
  });
});

test('answers the configured rate-limit code and no limit when the rate is 0', async () => {
  const frozen = Date.now();
  const burst = (rateLimit: number) =>
    withMock({ clock: () => frozen, rateLimit, rateLimitCode: 60018 }, async (mock) => {
      const query = signedQuery({}, { now: Math.floor(frozen / 1000) });
      const answers = [];
      for (let i = 0; i < 12; i++) answers.push((await call(mock, 'im_open_login_svc/account_check', { CheckItem: [{ UserID: 'a' }] }, { query })).envelope.ErrorCode);
      return answers;
    });
  expect((await burst(10)).filter((code) => code === 60018)).toHaveLength(2);
  expect((await burst(0)).every((code) => code === 0)).toBe(true);
});

test('serves many sequential keep-alive calls on one socket', async () => {
  await withMock({}, async (mock) => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const path = `/v4/im_open_login_svc/account_check?${signedQuery()}`;
    try {
      for (let i = 0; i < 50; i++) {
        const text = await new Promise<string>((resolve, reject) => {
          const req = httpRequest(`${mock.url}${path}`, { method: 'POST', agent }, (res) => {
            let data = '';
            res.setEncoding('utf8');
            res.on('data', (chunk) => (data += chunk));
            res.on('end', () => resolve(data));
          });
          req.on('error', reject);
          req.end(JSON.stringify({ CheckItem: [{ UserID: 'a' }] }));
        });
        expect(JSON.parse(text).ErrorCode).toBe(0);
      }
    } finally {
      agent.destroy();
    }
    expect(mock.stats().connections).toBe(1);
    expect(mock.stats().byApi['im_open_login_svc/account_check']).toBe(50);
  });
});

test('reset() forgets the model state', async () => {
  await withMock({}, async (mock) => {
    await importUsers(mock, 'alice');
    expect(mock.state().users.has('alice')).toBe(true);
    mock.reset();
    expect(mock.state().users.size).toBe(0);
    expect((await call(mock, 'recentcontact/get_contact_group', { From_Account: 'alice', StartIndex: 0 })).envelope.ErrorCode).toBe(50001);
  });
});

test('rejects an unknown fault name with one line', async () => {
  await expect(withMock({ faults: ['no-such-fault'] }, async () => undefined)).rejects.toThrow(/^fault: unknown fault 'no-such-fault'/);
});
