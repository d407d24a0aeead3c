/**
 * The flaky network (mock/http/FlakyNetwork.ts) on real loopback HTTP: connections cut before
 * or after the mock applied the request, and gateway 502s, each at its seeded rate.
 */
import { request as httpRequest } from 'node:http';
import { expect, test } from '@playwright/test';
import { FlakyNetwork, type NetworkFault } from '../../../mock/http/FlakyNetwork';
import type { RunningMock } from '../../../mock/MockOptions';
import { signedQuery, withMock } from './mockHarness';

/** What the client saw: an answer (status, content type, body) or a cut connection. */
type Seen = { kind: 'answer'; status: number; contentType: string; body: string } | { kind: 'cut' };

/** One POST on a fresh connection (no keep-alive), so a cut never spills onto the next request. */
function post(mock: RunningMock, api: string, body: unknown): Promise<Seen> {
  return new Promise((resolve) => {
    const req = httpRequest(`${mock.url}/v4/${api}?${signedQuery()}`, { method: 'POST', agent: false, headers: { Connection: 'close' } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ kind: 'answer', status: res.statusCode ?? 0, contentType: String(res.headers['content-type']), body: text }));
      res.on('error', () => resolve({ kind: 'cut' }));
    });
    req.on('error', () => resolve({ kind: 'cut' }));
    req.end(JSON.stringify(body));
  });
}

/** Imports `n` fresh users one by one and classifies each request by what the client saw and whether the mock applied it. */
async function importThroughFlaky(mock: RunningMock, n: number): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (let i = 0; i < n; i++) {
    const user = `flaky_${i}`;
    const seen = await post(mock, 'im_open_login_svc/account_import', { UserID: user });
    const applied = mock.state().users.has(user);
    const what = seen.kind === 'cut' ? 'cut' : seen.status === 502 ? '502' : seen.status === 200 && JSON.parse(seen.body).ErrorCode === 0 ? 'ok' : `other ${seen.status} ${seen.body.slice(0, 60)}`;
    const key = `${what} ${applied ? 'applied' : 'not applied'}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

test('the flaky network cuts, 502s and loses requests at about their rates; lost requests and half the 502s are applied, resets are not', async () => {
  const n = 400;
  const counts = await withMock({ rateLimit: 0, flaky: { reset: 0.1, badGateway: 0.2, lost: 0.1, seed: 3 } }, (mock) => importThroughFlaky(mock, n));
  // Expected 40 each (binomial sd ≈ 6); the bounds are wide, the seed fixed.
  for (const kind of ['cut not applied', 'cut applied', '502 not applied', '502 applied']) {
    expect(counts[kind] ?? 0, `${kind} in ${JSON.stringify(counts)}`).toBeGreaterThan(20);
    expect(counts[kind] ?? 0, `${kind} in ${JSON.stringify(counts)}`).toBeLessThan(60);
  }
  expect(counts['ok applied'] ?? 0, JSON.stringify(counts)).toBeGreaterThan(n * 0.5);
  const classified = ['cut not applied', 'cut applied', '502 not applied', '502 applied', 'ok applied'].reduce((sum, kind) => sum + (counts[kind] ?? 0), 0);
  expect(classified, `unexpected outcomes: ${JSON.stringify(counts)}`).toBe(n);
});

test('a flaky 502 is a small HTML page, not a JSON envelope', async () => {
  await withMock({ rateLimit: 0, flaky: { badGateway: 1 } }, async (mock) => {
    const seen = await post(mock, 'im_open_login_svc/account_check', { CheckItem: [{ UserID: 'a' }] });
    expect(seen).toMatchObject({ kind: 'answer', status: 502, contentType: 'text/html' });
    expect(seen.kind === 'answer' && seen.body).toContain('502 Bad Gateway');
  });
});

test('a reset request never reaches the mock; a lost one is applied though the client gets no answer', async () => {
  for (const [flaky, applied] of [[{ reset: 1 }, false], [{ lost: 1 }, true]] as const) {
    await withMock({ rateLimit: 0, flaky }, async (mock) => {
      expect(await post(mock, 'im_open_login_svc/account_import', { UserID: 'writer' })).toEqual({ kind: 'cut' });
      expect(mock.state().users.has('writer'), JSON.stringify(flaky)).toBe(applied);
    });
  }
});

test('the same flaky seed gives the same faults in the same order, another seed other ones, and reset() starts over', () => {
  const draws = (network: FlakyNetwork, n = 300): NetworkFault[] => Array.from({ length: n }, () => network.draw());
  const rates = { reset: 0.1, badGateway: 0.1, lost: 0.1 };
  const network = new FlakyNetwork({ ...rates, seed: 8 });
  const first = draws(network);
  expect(new Set(first)).toEqual(new Set<NetworkFault>(['none', 'reset', 'bad-gateway-before', 'bad-gateway-after', 'lost']));
  expect(draws(new FlakyNetwork({ ...rates, seed: 8 }))).toEqual(first);
  expect(draws(new FlakyNetwork({ ...rates, seed: 9 }))).not.toEqual(first);
  network.reset();
  expect(draws(network)).toEqual(first);
});

test('without the flaky option every request is answered', async () => {
  const counts = await withMock({ rateLimit: 0 }, (mock) => importThroughFlaky(mock, 30));
  expect(counts).toEqual({ 'ok applied': 30 });
});
