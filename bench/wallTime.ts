/**
 * Figure `wall`: wall time of the default conformance run against the embedded mock, and the time
 * to kill per seeded fault as the last `npm run mutation` recorded it (reports/mutation.json).
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { reportsDir } from '../lib/report/reportsDir';
import type { BenchFigure, BenchRow } from './BenchFigure';
import { EMBEDDED_TARGET } from './harness/childEnv';
import { runConformance } from './harness/runConformance';
import type { MutationReport } from './mutation/MutationReport';

export interface WallTimeOptions {
  /** Extra CHAT_* variables, e.g. a lower CHAT_RUNS for a smoke run. @defaultValue {} */
  env?: Record<string, string>;
  /** Kill the run after this long. @defaultValue 15 minutes */
  timeoutMs?: number;
  /** Where to read mutation.json. @defaultValue reports/mutation.json */
  mutationFile?: string;
}

/** Measures the `wall` figure: one default conformance run, plus the time-to-kill rows of mutation.json. */
export async function measureWallTime(options: WallTimeOptions = {}): Promise<BenchFigure> {
  const rows: BenchRow[] = [];
  const notes: string[] = [];
  const run = await runConformance({ env: { ...EMBEDDED_TARGET, ...options.env }, timeoutMs: options.timeoutMs ?? 15 * 60_000 });
  const rules = run.summary?.rules ?? [];
  rows.push({
    label: 'default conformance run (embedded mock)',
    value: Math.round(run.wallMs / 100) / 10,
    unit: 's',
    detail: run.timedOut
      ? 'timed out'
      : `exit ${run.exitCode}, verdict ${run.summary?.verdict ?? 'none'}, ${rules.length} rules, ${run.summary?.requests ?? 0} requests`,
  });
  if (run.exitCode === 0) rmSync(run.reportsDir, { recursive: true, force: true });
  else notes.push(`the conformance run did not pass; its reports are in ${run.reportsDir}`);

  const file = options.mutationFile ?? path.join(reportsDir(), 'mutation.json');
  if (!existsSync(file)) {
    notes.push(`time to kill: no ${path.relative(process.cwd(), file)} yet (run npm run mutation first)`);
  } else {
    const report = JSON.parse(readFileSync(file, 'utf8')) as MutationReport;
    for (const entry of report.cases.filter((c) => c.kind === 'fault')) {
      rows.push({
        label: `time to kill: ${entry.name}`,
        value: entry.firstFailureMs === undefined ? Number.NaN : Math.round(entry.firstFailureMs / 100) / 10,
        unit: 's',
        detail: entry.status === 'killed' ? `by ${killerOf(entry)}` : entry.status,
      });
    }
    notes.push(`time to kill read from ${path.relative(process.cwd(), file)} (${report.generatedAt}${report.quick ? ', quick' : ''})`);
  }
  return { figure: 'wall', title: 'wall time of a conformance run, and time to kill per fault', rows, notes };
}

/** The registered rule when it was among the killers, else the first killer; `+N` for the others. */
function killerOf(entry: MutationReport['cases'][number]): string {
  const main = entry.breaksRule && entry.failedRules.includes(entry.breaksRule) ? entry.breaksRule : (entry.failedRules[0] ?? '?');
  const others = entry.failedRules.length - 1;
  return others > 0 ? `${main} +${others} more` : main;
}
