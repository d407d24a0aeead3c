/**
 * Runs `tsx bin/soak.ts` as a user would, reports in a fresh temporary folder, and returns the
 * exit code, output and summary.json. `interrupt` sends SIGINT `afterMs` after stdout first matches `when`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Summary } from '../../../lib/report/types';

const root = path.resolve(import.meta.dirname, '..', '..', '..');

/** What one soak left behind. */
export interface SoakRun {
  code: number | null;
  stdout: string;
  stderr: string;
  summary?: Summary;
  /** The reports folder (RCC_REPORTS_DIR). */
  reports: string;
  /** ms from the SIGINT to the exit, when one was sent. */
  exitAfterSignalMs?: number;
}

/** Runs a soak with `args` over a clean CHAT_* environment plus `env`. */
export async function runSoak(options: { args: string[]; env?: Record<string, string>; interrupt?: { when: RegExp; afterMs: number } }): Promise<SoakRun> {
  const reports = mkdtempSync(path.join(os.tmpdir(), 'rcc-soak-'));
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('CHAT_') && !k.startsWith('RCC_')));
  // The command of `npm run soak`: node itself gets the signal (the tsx CLI would relay it, and
  // SIGKILL a child that does not answer within 30 ms, so a busy soak could not clean up).
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'bin', 'soak.ts'), ...options.args], {
    cwd: root,
    // Blank target variables win over a developer's .env: a self-test never leaves loopback.
    // A found counterexample goes to the temporary folder too, never to the project's corpus.
    env: { ...base, CHAT_TARGET_URL: '', CHAT_REGION: '', RCC_REPORTS_DIR: reports, CHAT_CORPUS_DIR: path.join(reports, 'corpus'), ...options.env },
  });
  let stdout = '';
  let stderr = '';
  let signalledAt: number | undefined;
  let armed = false;
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    const interrupt = options.interrupt;
    if (!interrupt || armed || !interrupt.when.test(stdout)) return;
    armed = true;
    setTimeout(() => {
      signalledAt = Date.now();
      child.kill('SIGINT');
    }, interrupt.afterMs);
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  const file = path.join(reports, 'summary.json');
  const summary = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Summary) : undefined;
  return { code, stdout, stderr, reports, ...(summary && { summary }), ...(signalledAt !== undefined && { exitAfterSignalMs: Date.now() - signalledAt }) };
}
