/**
 * Runs one of the project's commands as a user would (`tsx bin/<script>.ts args`, or a whole
 * shell line such as a printed replay command) over an environment with no CHAT_* or RCC_*
 * variable of the caller's, its reports in a fresh temporary folder, and collects what it said.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

export interface ToolRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** RCC_REPORTS_DIR of the run. */
  reports: string;
}

/**
 * `command` is `['bin/differential.ts', ...args]` for tsx, or `{ shell: line }`. With
 * `interruptWhen`, the first stdout that matches it gets the process a SIGINT, as Ctrl-C would.
 */
export async function runTool(command: string[] | { shell: string }, env: Record<string, string> = {}, options: { interruptWhen?: RegExp } = {}): Promise<ToolRun> {
  const reports = mkdtempSync(path.join(os.tmpdir(), 'rcc-differential-'));
  const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('CHAT_') && !name.startsWith('RCC_')));
  // Blank target variables win over a developer's .env: a self-test never leaves loopback.
  const fullEnv = { ...clean, CHAT_TARGET_URL: '', CHAT_REGION: '', RCC_REPORTS_DIR: reports, CHAT_CORPUS_DIR: path.join(reports, 'corpus'), RCC_WORKERS: '2', ...env };
  const child = Array.isArray(command)
    ? spawn(path.join(ROOT, 'node_modules', '.bin', 'tsx'), command, { cwd: ROOT, env: fullEnv })
    : spawn('bash', ['-c', command.shell], { cwd: ROOT, env: fullEnv });
  let stdout = '';
  let stderr = '';
  let interrupted = false;
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (!interrupted && options.interruptWhen?.test(stdout)) interrupted = child.kill('SIGINT');
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, stdout, stderr, reports };
}

/** stderr lines without npm's own notices. */
export function ownLines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('npm warn') && !line.startsWith('>'));
}
