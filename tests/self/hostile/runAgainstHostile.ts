import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ConformanceRun } from '../../../bench/harness/runConformance';
import { runConformance } from '../../../bench/harness/runConformance';
import { EMBEDDED_DEFAULTS } from '../../../lib/config/embeddedDefaults';

/** A secret that must never show up in any output or report of a run (redaction canary). */
export const CANARY_SECRET = 'hostile-canary-secret-5f0c1e7d9a2b4c6e8f0a1b2c3d4e5f60';

export interface HostileRunOptions {
  /** Playwright --grep, to keep a run that gets past preflight short. @defaultValue none */
  grep?: string;
  /** Child-process budget; the test fails if the run needs longer. @defaultValue 45 s */
  budgetMs?: number;
}

/**
 * Runs `bin/conformance.ts` against a hostile server as a remote target, with a small per-attempt
 * timeout (CHAT_TIMEOUT_MS=1500) and the canary secret, in a temporary reports folder.
 */
export function runAgainstHostile(url: string, options: HostileRunOptions = {}): Promise<ConformanceRun> {
  return runConformance({
    env: {
      CHAT_TARGET_URL: url,
      CHAT_REGION: '',
      CHAT_SDKAPPID: String(EMBEDDED_DEFAULTS.sdkAppId),
      CHAT_ADMIN: EMBEDDED_DEFAULTS.admin,
      CHAT_SECRET_KEY: CANARY_SECRET,
      CHAT_TIMEOUT_MS: '1500',
      CHAT_RUNS: '2',
      CHAT_MOCK_FAULTS: undefined,
      CHAT_MOCK_PRESET: undefined,
      CHAT_MOCK_EDITION: undefined,
    },
    args: options.grep ? ['--grep', options.grep] : [],
    timeoutMs: options.budgetMs ?? 45_000,
  });
}

/** A Node stack frame (`    at fn (file.ts:1:2)`): a run must never print one. */
export const STACK_FRAME = /^\s+at .+(:\d+:\d+\)?|\(node:[^)]*\))$/m;

/** Every text a run left behind: stdout, stderr and each file of its reports folder. */
export function everythingWritten(run: ConformanceRun): string {
  const texts = [run.stdout, run.stderr];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else texts.push(readFileSync(file, 'latin1'));
    }
  };
  walk(run.reportsDir);
  return texts.join('\n');
}

/** The non-empty lines of a stream. */
export function linesOf(text: string): string[] {
  return text.split('\n').map((line) => line.trim()).filter(Boolean);
}
