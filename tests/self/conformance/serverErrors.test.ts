/**
 * The server-error policy end to end (lib/client/ServerErrorPolicy.ts): `npm run conformance`
 * against a target that answers one documented input with HTTP 500 fails, against a target that
 * drops a few calls at random passes, and against a target that is down for the conversation-group
 * calls stays inconclusive. README "Exit codes": 1 = a documented rule failed, 0 = every rule
 * passed or was inconclusive for a stated reason.
 */
import { test, expect } from '@playwright/test';
import type { RunningMock } from '../../../mock/MockOptions';
import { mulberry32 } from '../../../mock/random/mulberry32';
import { startMockServer } from '../../../mock/startMockServer';
import { runConformance } from './runConformance';
import { startFaultyProxy } from './startFaultyProxy';
import type { FaultyProxy, ProxyDecision } from './startFaultyProxy';

const CREDENTIALS = { sdkAppId: 1400000078, admin: 'qa_admin', secretKey: 'e8'.repeat(32) };
/** The gateway's malformed-JSON test: one import, one malformed search, cleanup. */
const MALFORMED_JSON_TEST = 'not valid JSON';

test.describe.configure({ mode: 'parallel' });
test.setTimeout(180_000);

/** Runs the suite (filtered by `grep`) against a mock behind a proxy that applies `decide`. */
async function runBehindProxy(decide: (path: string) => ProxyDecision, grep: string) {
  let mock: RunningMock | undefined;
  let proxy: FaultyProxy | undefined;
  try {
    mock = await startMockServer({ ...CREDENTIALS });
    proxy = await startFaultyProxy(mock.url, decide);
    const run = await runConformance({
      env: { CHAT_TARGET_URL: proxy.url, CHAT_SDKAPPID: String(CREDENTIALS.sdkAppId), CHAT_ADMIN: CREDENTIALS.admin, CHAT_SECRET_KEY: CREDENTIALS.secretKey },
      args: ['--grep', grep],
    });
    return { run, counts: proxy.counts() };
  } finally {
    await proxy?.close();
    await mock?.close();
  }
}

const failedOf = (run: Awaited<ReturnType<typeof runConformance>>) => run.summary?.rules.filter((r) => r.status === 'failed') ?? [];

test.describe('server errors on documented input', () => {
  test('fails the rule under test and envelope.http-200, exit 1, when malformed JSON is answered HTTP 500 on every send', async () => {
    const run = await runConformance({ env: { CHAT_MOCK_FAULTS: 'http-500-on-malformed-json' }, args: ['--grep', MALFORMED_JSON_TEST] });
    expect(run.code, run.stderr).toBe(1);
    expect(run.summary?.verdict).toBe('fail');
    const failed = failedOf(run);
    expect(failed.map((r) => r.id).sort()).toEqual(['envelope.http-200', 'gateway.malformed-json.60003']);
    for (const rule of failed) {
      expect(rule.detail, rule.id).toContain('server error on documented input: HTTP 500 "Internal Server Error: unexpected end of JSON input"');
      expect(rule.detail, rule.id).toContain('(repeated 3 times; control call answered OK)');
    }
  });

  test('passes, exit 0, against a target that drops 2 % of calls at random with resets and 502s', async () => {
    // Seed 16 drops arrival 5 (502) and 11 (reset) among the first 60: inside even this short run.
    const random = mulberry32(16);
    const { run, counts } = await runBehindProxy(() => {
      const roll = random();
      return roll < 0.01 ? 'reset' : roll < 0.02 ? 'bad-gateway' : 'forward';
    }, '@gateway|@envelope');
    expect(counts.reset, 'the proxy must have reset a call for this test to mean anything').toBeGreaterThan(0);
    expect(counts['bad-gateway'], 'the proxy must have answered a call 502').toBeGreaterThan(0);
    expect(failedOf(run).map((r) => `${r.id}: ${r.detail}`)).toEqual([]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.summary?.verdict).toBe('pass');
  });

  test('reports the rule inconclusive, exit 0, when the target is down for every conversation-group call (the control call fails too)', async () => {
    const { run, counts } = await runBehindProxy((path) => (path.startsWith('/v4/recentcontact/') ? 'bad-gateway' : 'forward'), MALFORMED_JSON_TEST);
    expect(counts['bad-gateway']).toBeGreaterThan(2);
    expect(failedOf(run).map((r) => `${r.id}: ${r.detail}`)).toEqual([]);
    const rule = run.summary?.rules.find((r) => r.id === 'gateway.malformed-json.60003');
    expect(rule?.status).toBe('inconclusive');
    expect(rule?.detail).toContain('control call failed too: HTTP 502');
    expect(run.code, run.stderr).toBe(0);
  });
});
