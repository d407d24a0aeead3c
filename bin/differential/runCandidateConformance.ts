/**
 * The candidate's documented-rule verdict: `npm run conformance` (bin/conformance.ts) as a
 * child process with the candidate's configuration as plain CHAT_* variables and its own
 * reports folder, exactly as a vendor would run it on that target alone.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CandidateConformance } from '../../lib/differential/types';
import type { Summary } from '../../lib/report/types';
import type { SideConfig } from './readSideConfigs';

const root = path.resolve(import.meta.dirname, '..', '..');

/** Runs it; `onChild` gets the process so Ctrl-C can be forwarded. Never rejects. */
export async function runCandidateConformance(
  candidate: SideConfig,
  reportDir: string,
  options: { grep?: string; onChild?: (child: ChildProcess) => void } = {},
): Promise<CandidateConformance> {
  // Every CHAT_* of ours is dropped, then the candidate's given as plain names (blank = unset, which also masks a .env).
  const base = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('CHAT_') && name !== 'RCC_SUITE'));
  const env = { ...base, ...candidate.env, RCC_REPORTS_DIR: reportDir };
  const args = [path.join(root, 'bin', 'conformance.ts'), ...(options.grep ? ['--grep', options.grep] : [])];
  const child = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), args, { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
  options.onChild?.(child);
  const code = await new Promise<number | null>((resolve) => {
    child.on('close', (status) => resolve(status));
    child.on('error', () => resolve(null));
  });
  const file = path.join(reportDir, 'summary.json');
  if (!existsSync(file)) return { ran: true, verdict: 'error', fidelity: { passed: 0, applicable: 0 }, failedRules: [], reportDir, error: `the conformance run ended (exit ${code ?? 'unknown'}) without a summary.json` };
  try {
    const summary = JSON.parse(readFileSync(file, 'utf8')) as Summary;
    const failedRules = summary.rules.filter((rule) => rule.status === 'failed').map((rule) => ({ id: rule.id, title: rule.title, detail: rule.detail }));
    return { ran: true, verdict: summary.verdict, fidelity: summary.fidelity, failedRules, reportDir, ...(summary.error && { error: summary.error }) };
  } catch (error) {
    return { ran: true, verdict: 'error', fidelity: { passed: 0, applicable: 0 }, failedRules: [], reportDir, error: `unreadable summary.json: ${(error as Error).message.split('\n')[0]}` };
  }
}
