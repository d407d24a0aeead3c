/**
 * `npm run report:merge` end to end: the two `--shard=i/2` runs of the suite against the
 * embedded mock, each with its own RCC_REPORTS_DIR, merged, must say what one unsharded run says;
 * a seeded fault that only one shard sees must still fail the merged verdict; a missing shard
 * must never leave a green gate.
 */
import { test, expect } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Summary } from '../../../lib/report/types';
import { runConformance, type ConformanceRun } from '../conformance/runConformance';
import { runTool, type ToolRun } from '../differential/runTool';

/** Few property runs: the merge is under test, not the stateful families. */
const SMALL = { CHAT_RUNS: '5', RCC_WORKERS: '1' };

type MergeRun = ToolRun & { out: string; summary?: Summary };

/** `npm run report:merge -- <dirs> --out <fresh folder>`, through the same runner as the other commands. */
async function merge(dirs: string[]): Promise<MergeRun> {
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'rcc-merged-')), 'merged');
  const run = await runTool(['bin/mergeReports.ts', ...dirs, '--out', out]);
  const file = path.join(out, 'summary.json');
  return { ...run, out, ...(existsSync(file) && { summary: JSON.parse(readFileSync(file, 'utf8')) as Summary }) };
}

/** The folder a run wrote its reports to (runConformance gives each a fresh one). */
function dirOf(run: ConformanceRun): string {
  const match = /report: (\S+)index\.html/.exec(run.stdout);
  if (!match) throw new Error(`no report path in the run's output: ${run.stdout.slice(-300)}`);
  return match[1]!;
}

const statuses = (summary: Summary | undefined) => Object.fromEntries((summary?.rules ?? []).map((r) => [r.id, r.status]));
const testcases = (file: string) => readFileSync(file, 'utf8').match(/<testcase /g)?.length ?? 0;

test.describe('npm run report:merge', () => {
  test.setTimeout(420_000);

  test('the two shards of a run, merged, give the verdict, the rule statuses and the JUnit tests of the unsharded run', async () => {
    const [whole, first, second] = await Promise.all([
      runConformance({ env: SMALL }),
      runConformance({ env: SMALL, args: ['--shard=1/2'] }),
      runConformance({ env: SMALL, args: ['--shard=2/2'] }),
    ]);
    expect(whole.code, whole.stderr).toBe(0);
    expect(first.summary?.shard).toEqual({ current: 1, total: 2 });
    expect(second.summary?.shard).toEqual({ current: 2, total: 2 });
    // Each shard alone skips what the other checked: that is what the merge repairs.
    expect(Object.values(statuses(first.summary)).filter((s) => s === 'skipped').length).toBeGreaterThan(Object.values(statuses(whole.summary)).filter((s) => s === 'skipped').length);

    const merged = await merge([dirOf(first), dirOf(second)]);
    expect(merged.code, merged.stderr).toBe(0);
    expect(merged.summary?.verdict).toBe(whole.summary?.verdict);
    expect(statuses(merged.summary)).toEqual(statuses(whole.summary));
    expect(merged.summary?.fidelity).toEqual(whole.summary?.fidelity);
    expect(merged.summary?.requests).toBe((first.summary?.requests ?? 0) + (second.summary?.requests ?? 0));
    expect(testcases(path.join(merged.out, 'junit.xml'))).toBe(testcases(path.join(dirOf(whole), 'junit.xml')));
    expect(readFileSync(path.join(merged.out, 'index.html'), 'utf8')).toContain('data-testid="verdict">PASS<');
    expect(merged.stdout).toMatch(/^verdict: PASS · fidelity \d+\/\d+ documented rules/m);
  });

  test('a seeded fault seen by one shard only fails the merged verdict with exit 1; a missing shard gives exit 2', async () => {
    const env = { ...SMALL, CHAT_MOCK_FAULTS: 'clear-mark-ignored' };
    const grep = ['--grep', 'clears exactly the ClearMark bits|@search'];
    const shards = await Promise.all([runConformance({ env, args: [...grep, '--shard=1/2'] }), runConformance({ env, args: [...grep, '--shard=2/2'] })]);
    expect(shards.map((s) => s.summary?.verdict).sort()).toEqual(['fail', 'pass']);
    const failing = shards.find((s) => s.summary?.verdict === 'fail')!;
    const passing = shards.find((s) => s.summary?.verdict === 'pass')!;
    expect(statuses(failing.summary)['mark.clear-mark']).toBe('failed');
    expect(statuses(passing.summary)['mark.clear-mark']).toBe('skipped');

    const merged = await merge(shards.map(dirOf));
    expect(merged.code, merged.stderr).toBe(1);
    expect(merged.summary?.verdict).toBe('fail');
    expect(statuses(merged.summary)['mark.clear-mark']).toBe('failed');
    expect(merged.summary?.rules[0]?.evidence?.[0]?.replay).toContain('ClearMark');
    expect(readFileSync(path.join(merged.out, 'junit.xml'), 'utf8')).toMatch(/<testsuites [^>]*failures="[1-9]/);
    expect(merged.stdout).toMatch(/^✘ mark\.clear-mark — /m);

    const alone = await merge([dirOf(passing)]);
    expect(alone.code).toBe(2);
    expect(alone.summary?.verdict).toBe('error');
    expect(alone.summary?.error).toMatch(/^shard [12]\/2 is missing$/);
  });

  test('a folder without a summary is one line and exit 2', async () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'rcc-empty-'));
    const run = await merge([empty]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([`report:merge: ${empty}: no summary.json (is it the RCC_REPORTS_DIR of a conformance run?)`]);
    expect(run.summary).toBeUndefined();
  });
});
