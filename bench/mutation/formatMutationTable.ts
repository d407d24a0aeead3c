import type { MutationCase, MutationReport } from './MutationReport';

const seconds = (ms: number | undefined) => (ms === undefined ? '-' : `${(ms / 1000).toFixed(1)} s`);

/** At most three rule ids, then `+N more` (mutation.json keeps them all). */
function listRules(rules: readonly string[]): string {
  return rules.length <= 3 ? rules.join(', ') : `${rules.slice(0, 3).join(', ')} +${rules.length - 3} more`;
}

function verdictOf(entry: MutationCase): string {
  if (entry.status === 'killed') {
    // Killed, but not by the rule the fault is registered against: worth a look (the registered rule may be untested).
    const aside = entry.breaksRule && /^[a-z0-9.-]+$/.test(entry.breaksRule) && !entry.failedRules.includes(entry.breaksRule) ? ` (not ${entry.breaksRule})` : '';
    return `${listRules(entry.failedRules)}${aside}`;
  }
  if (entry.status === 'survived') return 'SURVIVED';
  if (entry.status === 'clean') return 'clean (no rule failed)';
  if (entry.status === 'false-alarm') return `FALSE ALARM: ${listRules(entry.failedRules)}`;
  return `ERROR: ${entry.error ?? 'no verdict'}`;
}

/**
 * The mutation table: one row per run (fault or conforming preset) with the rule(s) that killed it or
 * SURVIVED, the time to the first failing test and the run's wall time; then `killed K/N` and
 * `false alarms: 0` (or the misfiring rules).
 */
export function formatMutationTable(report: MutationReport): string {
  const rows = [['fault', 'killed by', 'first failure', 'wall']];
  for (const entry of report.cases) rows.push([entry.name, verdictOf(entry), seconds(entry.firstFailureMs), seconds(entry.wallMs)]);
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  // The verdict column can be long; cap its padding so the table stays readable.
  const pad = (cell: string, column: number) => cell.padEnd(Math.min(widths[column] ?? 0, 70));
  const lines = rows.map((row) => row.map(pad).join('  ').trimEnd());
  lines.splice(1, 0, widths.map((width) => '-'.repeat(Math.min(width, 70))).join('  '));
  lines.push('');
  lines.push(`killed ${report.killed}/${report.faults}`);
  const conforming = report.cases.some((entry) => entry.kind === 'conforming');
  if (conforming) lines.push(report.falseAlarms.length === 0 ? 'false alarms: 0' : `false alarms: ${report.falseAlarms.length} (${report.falseAlarms.join('; ')})`);
  const errors = report.cases.filter((entry) => entry.status === 'error');
  if (errors.length > 0) lines.push(`errors: ${errors.length} (${errors.map((entry) => entry.name).join(', ')})`);
  return lines.join('\n');
}

/** True when the analysis is clean: every fault killed, every conforming run clean, no errors. */
export function mutationPassed(report: MutationReport): boolean {
  return report.cases.every((entry) => entry.status === 'killed' || entry.status === 'clean');
}
