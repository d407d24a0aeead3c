/**
 * `npm run bench`: its arguments, its table, and a smoke run of the cheapest figure. The bench never
 * fails on time, so these tests assert what it measured and printed, never how fast.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { BenchFigure } from '../../../bench/BenchFigure';
import { formatBenchTable } from '../../../bench/formatBenchTable';
import { childEnv } from '../../../bench/harness/childEnv';
import { PROJECT_ROOT } from '../../../bench/harness/runConformance';
import { parseBenchArgs } from '../../../bench/parseBenchArgs';

test.describe('bench arguments', () => {
  test('defaults to every figure and 30-second pacing runs', () => {
    expect(parseBenchArgs([])).toEqual({ ok: true, options: { only: ['throughput', 'pacing', 'wall', 'mock'], quick: false, pacingSeconds: 30 } });
  });

  test('takes --only, --quick and --pacing-seconds up to 60', () => {
    expect(parseBenchArgs(['--only', 'pacing,mock', '--quick', '--pacing-seconds=60'])).toEqual({
      ok: true,
      options: { only: ['pacing', 'mock'], quick: true, pacingSeconds: 60 },
    });
  });

  for (const [args, message] of [
    [['--only', 'speed'], /^--only: expected one or more of throughput\|pacing\|wall\|mock, got "speed"$/],
    [['--pacing-seconds', '61'], /^--pacing-seconds: expected an integer from 1 to 60, got "61"$/],
    [['--fast'], /^unknown argument "--fast"/],
  ] as const) {
    test(`rejects ${args.join(' ')} with one line`, () => {
      const parsed = parseBenchArgs(args);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.error).toMatch(message);
    });
  }
});

test('prints each row with its value, unit and aim, and the notes after the table', () => {
  const figures: BenchFigure[] = [
    { figure: 'mock', title: 't', rows: [{ label: 'search_contact_group', value: 12345, unit: 'req/s', aim: '≥ 10000', detail: 'not OK 0' }], notes: ['a note'] },
    { figure: 'wall', title: 't', rows: [{ label: 'time to kill: x', value: Number.NaN, unit: 's' }], notes: [] },
  ];
  const text = formatBenchTable(figures);
  expect(text).toMatch(/^mock\s+search_contact_group\s+12,345 req\/s\s+≥ 10000\s+not OK 0$/m);
  expect(text).toMatch(/^wall\s+time to kill: x\s+n\/a$/m);
  expect(text.split('\n').pop()).toBe('note (mock): a note');
});

test('measures schema-validated throughput of the four endpoints with no failed call', async () => {
  test.setTimeout(90_000);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rcc-bench-'));
  try {
    const child = spawn(path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'), ['bench/run.ts', '--only', 'throughput', '--quick'], {
      cwd: PROJECT_ROOT,
      env: childEnv({ RCC_REPORTS_DIR: dir }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 80_000);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearTimeout(timer);
    expect(code).toBe(0);
    const written = JSON.parse(readFileSync(path.join(dir, 'bench.json'), 'utf8')) as { figures: BenchFigure[] };
    const rows = written.figures.find((figure) => figure.figure === 'throughput')?.rows ?? [];
    expect(rows.map((row) => row.label).sort()).toEqual(['del_contact_group', 'mark_contact', 'search_contact_group', 'update_contact_group']);
    for (const row of rows) {
      expect(row.detail, row.label).toBe('200 calls, not OK 0, schema errors 0');
      expect(row.value, row.label).toBeGreaterThan(0);
    }
    expect(stdout).toMatch(/^throughput\s+search_contact_group\s+[\d,]+ req\/s/m);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
