/**
 * `npm run mutation` as a user runs it: bad arguments give one line and exit 2; a run prints the
 * table, `killed K/N`, and writes mutation.json; a surviving fault or a false alarm fails the analysis.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { childEnv, EMBEDDED_TARGET } from '../../../bench/harness/childEnv';
import { PROJECT_ROOT } from '../../../bench/harness/runConformance';
import { formatMutationTable, mutationPassed } from '../../../bench/mutation/formatMutationTable';
import type { MutationCase, MutationReport } from '../../../bench/mutation/MutationReport';

function runCli(args: string[], timeoutMs: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'), ['bin/mutation.ts', ...args], {
    cwd: PROJECT_ROOT,
    env: childEnv({ ...EMBEDDED_TARGET }),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const timer = setTimeout(() => child.pid !== undefined && process.kill(-child.pid, 'SIGKILL'), timeoutMs);
  return new Promise((resolve) =>
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    }),
  );
}

const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

test.describe('npm run mutation', () => {
  for (const [args, message] of [
    [['--faults', 'no-such-fault'], /^mutation: unknown fault "no-such-fault"/],
    [['--jobs', 'two'], /^mutation: --jobs: expected a positive integer, got "two"$/],
    [['--bogus'], /^mutation: unknown argument "--bogus"/],
  ] as const) {
    test(`rejects ${args.join(' ')} with exit 2 and one line`, async () => {
      const result = await runCli([...args], 30_000);
      expect(result.code).toBe(2);
      const lines = result.stderr.split('\n').filter((line) => line.trim());
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(message);
      expect(result.stderr).not.toMatch(STACK_FRAME);
    });
  }

  test('prints the killing rule and killed 1/1, and writes mutation.json', async () => {
    test.setTimeout(150_000);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rcc-mutation-cli-'));
    try {
      const out = path.join(dir, 'mutation.json');
      const result = await runCli(['--faults', 'clear-mark-ignored', '--no-conforming', '--runs', '3', '--out', out], 140_000);
      expect(result.stderr).not.toMatch(STACK_FRAME);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^clear-mark-ignored\s+mark\.clear-mark\s+\d+\.\d s\s+\d+\.\d s$/m);
      expect(result.stdout).toMatch(/^killed 1\/1$/m);
      const report = JSON.parse(readFileSync(out, 'utf8')) as MutationReport;
      expect(report.killed).toBe(1);
      expect(report.faults).toBe(1);
      expect(report.cases[0]?.failedRules).toContain('mark.clear-mark');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

test.describe('mutation table', () => {
  const killed: MutationCase = { name: 'clear-mark-ignored', kind: 'fault', status: 'killed', failedRules: ['mark.clear-mark'], breaksRule: 'mark.clear-mark', firstFailureMs: 4100, wallMs: 9000, exitCode: 1 };
  const survived: MutationCase = { name: 'opt-type-ignored', kind: 'fault', status: 'survived', failedRules: [], wallMs: 9000, exitCode: 0 };
  const alarm: MutationCase = { name: 'preset:alternative', kind: 'conforming', status: 'false-alarm', failedRules: ['mark.opt-type'], wallMs: 9000, exitCode: 1 };
  const clean: MutationCase = { name: 'preset:default', kind: 'conforming', status: 'clean', failedRules: [], wallMs: 9000, exitCode: 0 };
  const report = (cases: MutationCase[]): MutationReport => ({
    generatedAt: '2026-01-01T00:00:00.000Z',
    quick: true,
    cases,
    killed: cases.filter((c) => c.status === 'killed').length,
    faults: cases.filter((c) => c.kind === 'fault').length,
    falseAlarms: cases.filter((c) => c.status === 'false-alarm').flatMap((c) => c.failedRules.map((r) => `${c.name} → ${r}`)),
  });

  test('marks a fault no rule caught as SURVIVED and fails the analysis', () => {
    const r = report([clean, killed, survived]);
    const text = formatMutationTable(r);
    expect(text).toMatch(/^opt-type-ignored\s+SURVIVED/m);
    expect(text).toMatch(/^killed 1\/2$/m);
    expect(text).toMatch(/^false alarms: 0$/m);
    expect(mutationPassed(r)).toBe(false);
  });

  test('names the misfiring rule of a conforming preset and fails the analysis', () => {
    const r = report([alarm, killed]);
    expect(formatMutationTable(r)).toMatch(/^false alarms: 1 \(preset:alternative → mark\.opt-type\)$/m);
    expect(mutationPassed(r)).toBe(false);
  });

  test('passes when every fault is killed and every preset is clean', () => {
    const r = report([clean, killed]);
    expect(formatMutationTable(r)).toMatch(/^clear-mark-ignored\s+mark\.clear-mark\s+4\.1 s\s+9\.0 s$/m);
    expect(mutationPassed(r)).toBe(true);
  });

  test('notes a fault killed by other rules than the one it is registered against', () => {
    const r = report([{ ...killed, failedRules: ['envelope.response-schema'] }]);
    expect(formatMutationTable(r)).toMatch(/envelope\.response-schema \(not mark\.clear-mark\)/);
  });
});
