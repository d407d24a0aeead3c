/**
 * `npm run soak` end to end: a 20-second soak against the embedded mock, a Ctrl-C against a
 * separately started mock (so what is left on the target can be read from outside), a seeded
 * fault whose divergence comes with a replay line, and bad arguments.
 */
import { test, expect } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { STATEFUL_FAMILIES } from '../../../generators/families';
import type { RunningMock } from '../../../mock/MockOptions';
import { startMockServer } from '../../../mock/startMockServer';
import { runSoak } from './runSoak';

const CREDENTIALS = { sdkAppId: 1400000077, admin: 'qa_admin', secretKey: 'e7'.repeat(32) };
const RULES = Object.values(STATEFUL_FAMILIES).map((f) => f.rule);

test.describe('npm run soak', () => {
  test.setTimeout(120_000);

  test('soaks the embedded mock for 20s: exit 0, latency percentiles per API, memory samples, nothing left behind', async () => {
    const run = await runSoak({ args: ['--duration', '20s'] });
    expect(run.code, run.stderr).toBe(0);
    const summary = run.summary!;
    expect(summary.verdict).toBe('pass');
    expect(summary.soak?.endedBy).toBe('deadline');
    // Every family ran at least one round within 20 s, and the rules say so.
    for (const rule of RULES) expect(summary.rules.find((r) => r.id === rule)?.status, rule).toBe('passed');
    const apis = summary.traffic.perEndpoint.map((t) => t.api);
    expect(apis).toEqual(expect.arrayContaining(['recentcontact/update_contact_group', 'recentcontact/get_contact_group', 'im_open_login_svc/account_delete']));
    for (const t of summary.traffic.perEndpoint) {
      expect(t.requests, t.api).toBeGreaterThan(0);
      expect(t.p50, t.api).toBeGreaterThan(0);
      expect(t.p50 <= t.p95 && t.p95 <= t.p99, `${t.api}: ${t.p50} ≤ ${t.p95} ≤ ${t.p99}`).toBe(true);
    }
    expect(summary.requests).toBe(summary.traffic.perEndpoint.reduce((n, t) => n + t.requests, 0));
    // A sample at start, every 5 s, and at the end.
    const samples = summary.soak!.memory.samples;
    expect(samples.length).toBeGreaterThanOrEqual(4);
    for (const s of samples) expect(s.rssBytes).toBeGreaterThan(1_000_000);
    expect(summary.soak!.leftover).toEqual({ users: 0, chatGroups: 0, checkedBy: 'embedded mock state' });
    expect(summary.cleanupFailures).toEqual([]);
    // The resource ledger is gone once everything is removed.
    expect(readdirSync(run.reports).filter((f) => f.startsWith('.rcc-resources-'))).toEqual([]);
    expect(run.stdout).toMatch(/soak \d+s \/ 20s · \d+s left · rounds \d+ · calls [\d,]+ · [\d.]+ calls\/s · divergences 0 · inconclusive 0/);
    const html = readFileSync(path.join(run.reports, 'index.html'), 'utf8');
    expect(html).toContain('data-testid="soak-memory"');
    expect(html).toContain('data-testid="traffic-row"');
  });

  test.describe('against a separately started mock', () => {
    let mock: RunningMock;
    test.beforeAll(async () => {
      mock = await startMockServer({ ...CREDENTIALS });
    });
    test.afterAll(async () => {
      await mock.close();
    });

    test('Ctrl-C ends a long soak early, removes every account and chat group it made, and still writes the report', async () => {
      const run = await runSoak({
        args: ['--duration', '10m'],
        env: { CHAT_TARGET_URL: mock.url, CHAT_SDKAPPID: String(CREDENTIALS.sdkAppId), CHAT_ADMIN: CREDENTIALS.admin, CHAT_SECRET_KEY: CREDENTIALS.secretKey },
        // A few seconds after the start line: rounds are under way, users and chat groups exist.
        interrupt: { when: /^soak: 10m against /m, afterMs: 8000 },
      });
      expect(run.code, run.stderr).toBe(2);
      expect(run.exitAfterSignalMs).toBeLessThan(30_000);
      expect(run.summary?.verdict).toBe('error');
      expect(run.summary?.error).toMatch(/^soak stopped by SIGINT after \d+s of 10m/);
      expect(run.summary?.soak?.endedBy).toBe('SIGINT');
      expect(run.summary?.soak?.calls).toBeGreaterThan(0);
      expect(run.summary?.target).toBe(new URL(mock.url).host);
      expect(existsSync(path.join(run.reports, 'index.html'))).toBe(true);
      expect(mock.stats().byApi['im_open_login_svc/multiaccount_import'] ?? 0).toBeGreaterThan(0);
      const state = mock.state();
      expect([...state.users.keys()].filter((id) => id.startsWith('rcc_')), 'accounts left behind').toEqual([]);
      expect([...state.chatGroups.keys()], 'chat groups left behind').toEqual([]);
      expect(run.summary?.soak?.leftover).toEqual({ users: 0, chatGroups: 0, checkedBy: 'resource ledger' });
      expect(run.stdout + run.stderr).not.toContain(CREDENTIALS.secretKey);
      expect(readFileSync(path.join(run.reports, 'summary.json'), 'utf8')).not.toContain(CREDENTIALS.secretKey);
    });
  });

  test('a seeded fault the stateful families see ends in exit 1 with the divergence and a replay line', async () => {
    const run = await runSoak({ args: ['--duration', '15s'], env: { CHAT_MOCK_FAULTS: 'clear-mark-ignored' } });
    expect(run.code, run.stderr).toBe(1);
    const rule = run.summary!.rules.find((r) => r.id === 'stateful.set-clear-mark-bits')!;
    expect(rule.status).toBe('failed');
    const replay = rule.evidence?.[0]?.sequence?.replay ?? '';
    expect(replay).toMatch(/^CHAT_SEED=\d+ CHAT_PATH='[\d:]+' CHAT_REPLAY_PATH='[^']*' npm run conformance -- --grep "stateful: set\/clear mark bits/);
    expect(run.summary!.soak!.replays).toContain(replay);
    expect(run.stdout).toContain(`replay: ${replay}`);
    expect(run.summary!.soak!.divergences).toBeGreaterThan(0);
    // Stored for the next conformance run against the same target, in the run's own corpus folder.
    const stored = JSON.parse(readFileSync(path.join(run.reports, 'corpus', 'embedded-mock+clear-mark-ignored', 'stateful.json'), 'utf8')) as { family: string }[];
    expect(stored.map((e) => e.family)).toContain('set-clear-mark-bits');
  });

  for (const [args, message] of [
    [['--duration', 'ten minutes'], /^soak: --duration: expected a positive duration like 30s, 10m, 2h or 1h30m, got "ten minutes"$/],
    [['--duration', '10'], /^soak: --duration: expected a positive duration/],
    [['--duration', '0s'], /^soak: --duration: expected a positive duration/],
    [[], /^soak: --duration is required/],
  ] as const) {
    test(`refuses ${JSON.stringify(args.join(' '))} with one line and exit 2`, async () => {
      const run = await runSoak({ args: [...args] });
      expect(run.code).toBe(2);
      const lines = run.stderr.split('\n').filter((l) => l.trim() && !l.startsWith('npm warn'));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(message);
      expect(run.stdout).toBe('');
    });
  }
});
