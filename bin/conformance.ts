/**
 * `npm run conformance [-- playwright args]`: checks a target, rule by rule, against
 * the documented contract. Exit 0 = pass, 1 = a documented rule failed, 2 = the run
 * could not give a verdict (bad config, unreachable target, broken run).
 *
 * 1. loadConfig; a problem is one line `config error: …` (exit 2).
 * 2. Remote target: a signed preflight account_check with a few-second timeout, so an
 *    unreachable target costs seconds, not a full run of inconclusive tests (exit 2).
 * 3. `playwright test --project=conformance …args` with RCC_RUN_ID and RCC_WORKERS;
 *    SIGINT/SIGTERM are forwarded so the reporters still write the summary.
 * 4. The exit code follows summary.json's verdict (SummaryReporter); when it is
 *    missing, a minimal `error` summary is written.
 *
 * Every failure path still leaves reports/summary.json with verdict "error".
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { preflightTarget } from '../lib/client/preflightTarget';
import { formatConfigError } from '../lib/config/formatConfigError';
import { loadConfig } from '../lib/config/loadConfig';
import type { SuiteConfig } from '../lib/config/types';
import { loadReportInputs } from '../lib/report/loadReportInputs';
import { reportsDir } from '../lib/report/reportsDir';
import type { Summary } from '../lib/report/types';
import { faultsByName } from '../mock/faults/index';
import { mockExtrasFromEnv, mockExtrasSet } from '../tests/conformance/support/mockExtrasFromEnv';
import { newRunId } from '../tests/conformance/support/newRunId';

const root = path.resolve(import.meta.dirname, '..');
const summaryFile = path.join(reportsDir(), 'summary.json');

/** Writes the smallest valid summary.json with verdict "error" and `line` as the reason. */
async function writeErrorSummary(line: string, config?: SuiteConfig): Promise<void> {
  // The same header facts the reporter writes (each loaded on its own; never throws).
  const { suiteVersion, specHash } = await loadReportInputs();
  const target = config === undefined ? 'unknown target' : config.target.kind === 'embedded' ? 'embedded mock' : new URL(config.target.baseUrl).host;
  const summary: Summary = {
    target,
    ...(config && { sdkAppId: config.sdkAppId }),
    suiteVersion,
    specHash,
    seed: config?.seed ?? 0,
    startedAt: new Date().toISOString(),
    durationMs: 0,
    verdict: 'error',
    error: line,
    requests: 0,
    fidelity: { passed: 0, applicable: 0 },
    rules: [],
    observations: [],
    limits: [],
    errorCodes: [],
    traffic: { perEndpoint: [] },
    cleanupFailures: [],
  };
  mkdirSync(path.dirname(summaryFile), { recursive: true });
  writeFileSync(summaryFile, `${JSON.stringify(summary, null, 2)}\n`);
}

/** Prints one line, writes the error summary, exits 2. */
async function giveUp(line: string, config?: SuiteConfig): Promise<never> {
  console.error(line);
  await writeErrorSummary(line, config);
  process.exit(2);
}

function readVerdict(): Summary['verdict'] | undefined {
  if (!existsSync(summaryFile)) return undefined;
  try {
    const verdict = (JSON.parse(readFileSync(summaryFile, 'utf8')) as Partial<Summary>).verdict;
    return verdict === 'pass' || verdict === 'fail' || verdict === 'error' ? verdict : undefined;
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  const loaded = loadConfig();
  if (!loaded.ok) return giveUp(formatConfigError(loaded.error));
  const config = loaded.config;

  if (config.target.kind === 'remote') {
    const ignored = mockExtrasSet(process.env);
    if (ignored.length > 0) console.error(`warning: ${ignored.join(', ')} ignored: they only apply to the embedded mock`);
    const problem = await preflightTarget(config, config.target.baseUrl);
    if (problem) return giveUp(problem, config);
  } else {
    const extras = mockExtrasFromEnv(process.env);
    if (!extras.ok) return giveUp(`config error: ${extras.error}`, config);
    const faults = faultsByName(extras.options.faults ?? []);
    if (!faults.ok) return giveUp(`config error: CHAT_MOCK_FAULTS: ${faults.error}`, config);
  }

  // A stale summary from an earlier run must never decide this run's exit code.
  rmSync(summaryFile, { force: true });
  const env: NodeJS.ProcessEnv = { ...process.env, RCC_RUN_ID: process.env.RCC_RUN_ID || newRunId(), RCC_WORKERS: process.env.RCC_WORKERS || '2' };
  delete env.RCC_SUITE; // the conformance suite, whatever the caller's shell says
  const child = spawn(path.join(root, 'node_modules', '.bin', 'playwright'), ['test', '--project=conformance', ...process.argv.slice(2)], { cwd: root, env, stdio: 'inherit' });
  const forward = (signal: NodeJS.Signals) => () => void child.kill(signal);
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));
  const status = await new Promise<number | null>((resolve) => {
    child.on('exit', (code) => resolve(code));
    child.on('error', (error) => {
      console.error(`cannot start playwright: ${error.message}`);
      resolve(null);
    });
  });

  const verdict = readVerdict();
  if (verdict === undefined) {
    return giveUp(`run ended (playwright exit ${status ?? 'unknown'}) without a summary.json`, config);
  }
  process.exit(verdict === 'pass' ? 0 : verdict === 'fail' ? 1 : 2);
}

main().catch(async (error: unknown) => {
  await giveUp(`conformance run failed: ${(error as Error).message?.split('\n')[0] ?? String(error)}`);
});
