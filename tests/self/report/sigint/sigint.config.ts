/**
 * A tiny Playwright project for interruptedBySigint.test.ts: the real runner, the real
 * SummaryReporter, one quick test and one that waits to be interrupted.
 */
import { defineConfig } from '@playwright/test';
import path from 'node:path';

export default defineConfig({
  testDir: import.meta.dirname,
  testMatch: '*.fixture.ts',
  workers: 1,
  retries: 0,
  timeout: 60_000,
  outputDir: path.join(process.env.RCC_REPORTS_DIR ?? import.meta.dirname, 'test-results'),
  reporter: [[path.resolve(import.meta.dirname, '..', '..', '..', '..', 'lib', 'report', 'SummaryReporter.ts'), { outputDir: process.env.RCC_REPORTS_DIR }]],
});
