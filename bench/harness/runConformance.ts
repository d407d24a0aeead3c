import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Summary } from '../../lib/report/types';
import { childEnv } from './childEnv';

/** The project root (bench/harness/../..). */
export const PROJECT_ROOT = path.resolve(import.meta.dirname, '..', '..');

export interface ConformanceRunOptions {
  /** Variables for the child; `undefined` removes one. */
  env?: Record<string, string | undefined>;
  /** Extra arguments for Playwright, e.g. `['--grep', '51011']`. @defaultValue [] */
  args?: string[];
  /** The child (and its whole process group) is killed after this long. */
  timeoutMs: number;
  /** Where the run writes summary.json. @defaultValue a fresh temporary folder */
  reportsDir?: string;
}

export interface ConformanceRun {
  /** Exit code, or null when killed. */
  exitCode: number | null;
  timedOut: boolean;
  wallMs: number;
  stdout: string;
  stderr: string;
  /** Each stdout line with the ms since start at which it arrived. */
  lines: { atMs: number; text: string }[];
  reportsDir: string;
  /** summary.json, when the run wrote one that parses. */
  summary?: Summary;
}

/**
 * Runs `bin/conformance.ts` as a child process in its own process group, bounded by a timeout,
 * and reads the summary.json it wrote. Never throws for a failing run: the caller judges it.
 */
export function runConformance(options: ConformanceRunOptions): Promise<ConformanceRun> {
  const reportsDir = options.reportsDir ?? mkdtempSync(path.join(os.tmpdir(), 'rcc-run-'));
  const tsx = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
  const started = performance.now();
  const child = spawn(tsx, ['bin/conformance.ts', ...(options.args ?? [])], {
    cwd: PROJECT_ROOT,
    // The run's counterexamples stay in its reports folder, not in the checkout's .conformance/ corpus.
    env: childEnv({ RCC_REPORTS_DIR: reportsDir, CHAT_CORPUS_DIR: path.join(reportsDir, 'corpus'), ...options.env }),
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so a timeout kills Playwright and its workers too.
    detached: true,
  });
  let stdout = '';
  let stderr = '';
  let pending = '';
  const lines: ConformanceRun['lines'] = [];
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    pending += chunk;
    const parts = pending.split('\n');
    pending = parts.pop() ?? '';
    const atMs = performance.now() - started;
    for (const text of parts) lines.push({ atMs, text });
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    killGroup(child.pid);
  }, options.timeoutMs);
  return new Promise((resolve) => {
    // A child that cannot start (no tsx) closes without a code; its reason goes to stderr, not a throw.
    child.on('error', (error) => (stderr += `cannot start bin/conformance.ts: ${error.message}\n`));
    child.on('close', (code) => {
      clearTimeout(timer);
      // Workers that outlived the runner must not linger on a 2-core machine.
      killGroup(child.pid);
      if (pending) lines.push({ atMs: performance.now() - started, text: pending });
      resolve({
        exitCode: timedOut ? null : code,
        timedOut,
        wallMs: performance.now() - started,
        stdout,
        stderr,
        lines,
        reportsDir,
        summary: readSummary(reportsDir),
      });
    });
  });
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** Reads `summary.json` from a reports folder; undefined when missing or not JSON. */
export function readSummary(reportsDir: string): Summary | undefined {
  const file = path.join(reportsDir, 'summary.json');
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Summary;
  } catch {
    return undefined;
  }
}
