/**
 * Runs `npx tsx bin/conformance.ts` as a user would, with its reports in a fresh
 * temporary folder, and returns the exit code, stderr and summary.json.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Summary } from '../../../lib/report/types';

const root = path.resolve(import.meta.dirname, '..', '..', '..');

/** What one run left behind. */
export interface ConformanceRun {
  code: number | null;
  stdout: string;
  stderr: string;
  summary?: Summary;
  elapsedMs: number;
}

/** Runs the suite with `env` over a clean CHAT_* environment and `args` passed to Playwright. */
export async function runConformance(options: { env?: Record<string, string>; args?: string[]; cwd?: string } = {}): Promise<ConformanceRun> {
  const reports = mkdtempSync(path.join(os.tmpdir(), 'rcc-conformance-'));
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('CHAT_') && !k.startsWith('RCC_')));
  const started = Date.now();
  const child = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'bin', 'conformance.ts'), ...(options.args ?? [])], {
    cwd: options.cwd ?? root,
    // Blank target variables win over a developer's .env (empty = unset): a self-test never leaves loopback.
    // The run's counterexamples stay in its temporary folder, not in the checkout's .conformance/ corpus.
    env: { ...base, CHAT_TARGET_URL: '', CHAT_REGION: '', RCC_REPORTS_DIR: reports, CHAT_CORPUS_DIR: path.join(reports, 'corpus'), RCC_WORKERS: '2', ...options.env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  const file = path.join(reports, 'summary.json');
  const summary = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Summary) : undefined;
  return { code, stdout, stderr, elapsedMs: Date.now() - started, ...(summary && { summary }) };
}

/** stderr without npm's own environment warnings. */
export function ownStderr(run: ConformanceRun): string[] {
  return run.stderr.split('\n').filter((line) => line.trim() && !line.startsWith('npm warn'));
}
