/**
 * `npm run bench`: its arguments, its table, and a smoke run of the client, scale and oracle figures. The bench never
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
  test('defaults to every figure, 30-second pacing runs and 1k, 10k and 100k users for the scale figure', () => {
    expect(parseBenchArgs([])).toEqual({
      ok: true,
      options: { only: ['throughput', 'pacing', 'wall', 'mock', 'scale', 'oracle'], quick: false, pacingSeconds: 30, scaleUsers: [1000, 10_000, 100_000] },
    });
  });

  test('takes --only, --quick, --pacing-seconds up to 60 and --scale-users in any order', () => {
    expect(parseBenchArgs(['--only', 'pacing,mock', '--quick', '--pacing-seconds=60', '--scale-users', '5000,100,5000'])).toEqual({
      ok: true,
      options: { only: ['pacing', 'mock'], quick: true, pacingSeconds: 60, scaleUsers: [100, 5000] },
    });
  });

  for (const [args, message] of [
    [['--only', 'speed'], /^--only: expected one or more of throughput\|pacing\|wall\|mock\|scale\|oracle, got "speed"$/],
    [['--pacing-seconds', '61'], /^--pacing-seconds: expected an integer from 1 to 60, got "61"$/],
    [['--scale-users', '0,1000'], /^--scale-users: expected user counts from 1 to 1000000 separated by commas, got "0,1000"$/],
    [['--scale-users', '1k'], /^--scale-users: expected user counts/],
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

test('measures the client curve of the four endpoints, the mock write rate per user count and the oracle hook, with no failed call', async () => {
  test.setTimeout(240_000);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rcc-bench-'));
  try {
    const args = ['bench/run.ts', '--only', 'throughput,scale,oracle', '--quick', '--scale-users', '100,300'];
    const child = spawn(path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'), args, {
      cwd: PROJECT_ROOT,
      env: childEnv({ RCC_REPORTS_DIR: dir }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 230_000);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearTimeout(timer);
    expect(code).toBe(0);
    const written = JSON.parse(readFileSync(path.join(dir, 'bench.json'), 'utf8')) as { figures: BenchFigure[] };
    const figure = (name: string) => written.figures.find((f) => f.figure === name);

    // Client: every endpoint under test at 1, 8 and 32 in flight; the aim is printed for 8 only.
    const throughput = figure('throughput');
    expect(throughput?.notes).toEqual([]);
    const endpoints = ['del_contact_group', 'mark_contact', 'search_contact_group', 'update_contact_group'];
    expect(throughput?.rows.map((row) => row.label).sort()).toEqual(endpoints.flatMap((e) => [1, 32, 8].map((lanes) => `${e}, ${lanes} in flight`)));
    for (const row of throughput?.rows ?? []) {
      expect(row.detail, row.label).toMatch(/^200 calls, not OK 0, schema errors 0, CPU per call: client \d+ µs, mock \d+ µs$/);
      expect(row.value, row.label).toBeGreaterThan(0);
      expect(row.unit).toBe('calls/s');
      expect(row.aim, row.label).toBe(row.label.endsWith(', 8 in flight') ? '≥ 5000' : undefined);
    }
    expect(stdout).toMatch(/^throughput\s+search_contact_group, 8 in flight\s+[\d,]+ calls\/s\s+≥ 5000/m);

    // Mock writes per user count, the kept rate, and memory per 10k users.
    const scale = figure('scale');
    expect(scale?.notes).toEqual([]);
    expect(scale?.rows.map((row) => row.label)).toEqual(['mark_contact, 100 users', 'mark_contact, 300 users', 'rate at 300 vs 100 users', 'heap per 10k users', 'RSS per 10k users']);
    const [small, large, kept, heap, rss] = scale!.rows;
    for (const row of [small!, large!]) {
      expect(row.unit).toBe('writes/s');
      expect(row.value, row.label).toBeGreaterThan(0);
      expect(row.detail, row.label).toMatch(/^\d+ writes, not OK 0, import \d+ ms$/);
    }
    expect([small!.aim, large!.aim, kept!.aim]).toEqual([undefined, '≥ 5000', '≥ 80 %']);
    expect(kept!.value).toBe(Math.round((large!.value / small!.value) * 100));
    expect([heap!.unit, rss!.unit]).toEqual(['MB', 'MB']);
    expect(heap!.detail).toContain('after a forced GC');

    // The oracle hook ran its measure (bench/oracleCost.ts) and printed it as a figure.
    expect(figure('oracle')?.rows.length ?? 0).toBeGreaterThan(0);
    expect(stdout).toMatch(/^oracle\s+/m);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
