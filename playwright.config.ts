/**
 * One Playwright config, two suites:
 * - `conformance` (tests/conformance): the product. Checks a target against the documented contract.
 *   Run it with `npm run conformance` (bin/conformance.ts), which adds exit codes and a preflight.
 * - `self` (tests/self): the project's own tests. Run them with `npm test` (bin/selftest.ts).
 *
 * The suite is chosen by RCC_SUITE (set by the bin scripts) so each gets its own reporters:
 * the self-tests must not overwrite the conformance reports a user is reading.
 */
import { defineConfig } from '@playwright/test';
import os from 'node:os';
import path from 'node:path';
import { reportsDir } from './lib/report/reportsDir';

const suite = process.env.RCC_SUITE === 'self' ? 'self' : 'conformance';
const reports = reportsDir();

const conformanceReporters = [
  ['./lib/report/ProgressReporter.ts'],
  ['html', { outputFolder: path.join(reports, 'playwright'), open: 'never' }],
  ['junit', { outputFile: path.join(reports, 'junit.xml'), includeProjectInTestName: false }],
  ['./lib/report/SummaryReporter.ts', { outputDir: reports }],
] as const;

const selfReporters = [
  ['list'],
  ['json', { outputFile: process.env.RCC_SELF_RESULTS ?? path.join(os.tmpdir(), 'rcc-self-results.json') }],
] as const;

export default defineConfig({
  // Why: a stray test.only in CI would silently skip the rest of the contract.
  forbidOnly: !!process.env.CI,
  fullyParallel: true,
  workers: Number(process.env.RCC_WORKERS ?? 2),
  retries: 0,
  timeout: 120_000,
  // Must not contain, or sit inside, the HTML report folder (library-notes §2.1).
  outputDir: suite === 'self' ? path.join(os.tmpdir(), `rcc-self-output-${process.pid}`) : path.join(reports, 'test-results'),
  reporter: suite === 'self' ? [...selfReporters] : [...conformanceReporters],
  globalSetup: suite === 'self' ? undefined : './tests/conformance/globalSetup.ts',
  projects: [
    { name: 'conformance', testDir: './tests/conformance' },
    { name: 'self', testDir: './tests/self' },
  ].filter((project) => project.name === suite),
});
