import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EMBEDDED_DEFAULTS } from '../../../lib/config/embeddedDefaults';
import type { DifferentialSummary } from '../../../lib/differential/types';
import { startMockServer } from '../../../mock/startMockServer';
import { runTool } from './runTool';

test('Ctrl-C stops the differential between steps, cleans the remote side up, writes an interrupted summary and exits 2', async () => {
  test.setTimeout(120_000);
  // A loopback mock stands in for a remote reference: the run imports, groups and must delete its users there.
  const remote = await startMockServer({ port: 0 });
  try {
    const run = await runTool(
      ['bin/differential.ts'],
      {
        CHAT_REFERENCE_TARGET_URL: remote.url,
        CHAT_REFERENCE_SDKAPPID: String(EMBEDDED_DEFAULTS.sdkAppId),
        CHAT_REFERENCE_ADMIN: EMBEDDED_DEFAULTS.admin,
        CHAT_REFERENCE_SECRET_KEY: EMBEDDED_DEFAULTS.secretKey,
        CHAT_CANDIDATE_MOCK_PRESET: 'default',
      },
      { interruptWhen: /choice\.reAddMember: / },
    );
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain('SIGINT: stopping after the current step, then cleaning up');
    const summary = JSON.parse(readFileSync(path.join(run.reports, 'differential', 'summary.json'), 'utf8')) as DifferentialSummary;
    expect(summary).toMatchObject({ verdict: 'error', interrupted: true, candidateConformance: { ran: false } });
    expect(summary.probes.length).toBeGreaterThanOrEqual(3);
    expect(summary.probes.length).toBeLessThan(40);
    expect(summary.cleanupFailures).toEqual([]);
    // Every account and group the run made on the remote side is gone, and its resource ledger with them.
    expect(remote.stats().byApi['im_open_login_svc/account_delete']).toBeGreaterThan(0);
    expect([...remote.state().users.values()].map((user) => user.userId)).toEqual([]);
    expect(readdirSync(path.join(run.reports, 'differential')).filter((name) => name.startsWith('.rcc-resources'))).toEqual([]);
  } finally {
    await remote.close();
  }
});
