import { test, expect } from '@playwright/test';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../../lib/config/loadConfig';

test.describe('loadConfig', () => {
  let dir: string;
  test.beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'rcc-config-'));
  });
  test.afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  test('reads .env values and lets the real environment win', () => {
    const file = path.join(dir, '.env');
    writeFileSync(file, 'CHAT_RUNS=7\nCHAT_SEED=11\n');
    const result = loadConfig({ envFile: file, env: { CHAT_SEED: '99' } });
    expect(result.ok && result.config).toMatchObject({ runs: 7, seed: 99 });
  });

  test('accepts a missing .env file', () => {
    const result = loadConfig({ envFile: path.join(dir, 'absent.env'), env: {} });
    expect(result.ok && result.config.target).toEqual({ kind: 'embedded' });
  });

  test('does not write .env values into process.env', () => {
    const file = path.join(dir, '.env');
    writeFileSync(file, 'RCC_LOADCONFIG_PROBE=1\n');
    loadConfig({ envFile: file, env: {} });
    expect(process.env.RCC_LOADCONFIG_PROBE).toBeUndefined();
  });

  test('reports a .env error as a config error', () => {
    const file = path.join(dir, '.env');
    writeFileSync(file, 'CHAT_REGION=mars\n');
    const result = loadConfig({ envFile: file, env: {} });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.variable).toBe('CHAT_REGION');
  });
});
