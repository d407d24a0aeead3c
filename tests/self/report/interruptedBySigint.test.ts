import { test, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Summary } from '../../../lib/report/types';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

async function waitForFile(file: string, timeoutMs: number): Promise<boolean> {
  for (let waited = 0; waited < timeoutMs; waited += 100) {
    if (existsSync(file)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

test('a real Ctrl-C (SIGINT) mid-run still writes summary.json and index.html', async ({}, testInfo) => {
  test.setTimeout(60_000);
  const reports = testInfo.outputPath('reports');
  const ready = testInfo.outputPath('ready');
  const child = spawn(path.join(ROOT, 'node_modules', '.bin', 'playwright'), ['test', '-c', path.join(import.meta.dirname, 'sigint', 'sigint.config.ts')], {
    cwd: ROOT,
    env: { ...process.env, RCC_REPORTS_DIR: reports, RCC_SIGINT_READY: ready, RCC_SUITE: '', CI: '' },
    stdio: 'ignore',
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    expect(await waitForFile(ready, 40_000), 'the slow fixture test started').toBe(true);
    child.kill('SIGINT');
    await exited;
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
  const summary = JSON.parse(readFileSync(path.join(reports, 'summary.json'), 'utf8')) as Summary;
  expect(summary.verdict).toBe('error');
  expect(summary.error).toMatch(/interrupted/);
  const byId = Object.fromEntries(summary.rules.filter((r) => r.id.startsWith('sigint.')).map((r) => [r.id, r.status]));
  expect(byId).toEqual({ 'sigint.quick': 'passed', 'sigint.slow': 'skipped' });
  expect(readFileSync(path.join(reports, 'index.html'), 'utf8')).toContain('data-testid="verdict">ERROR<');
});
