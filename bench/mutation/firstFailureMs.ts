import type { Summary } from '../../lib/report/types';

/**
 * Time from the run's start to its first failing test, in ms, read from the summary: for each failed
 * rule, its evidence's last exchange (startedAt + elapsedMs) is when the failing test had what it
 * needed; the earliest of those, minus the summary's startedAt. Falls back to the first progress line
 * (ProgressReporter: `… failures N …`) with N > 0, which is coarser (printed every tenth of the run).
 * Undefined when neither says.
 */
export function firstFailureMs(summary: Summary | undefined, lines: readonly { atMs: number; text: string }[]): number | undefined {
  const start = summary ? Date.parse(summary.startedAt) : Number.NaN;
  let earliest = Number.POSITIVE_INFINITY;
  if (!Number.isNaN(start)) {
    for (const rule of summary?.rules ?? []) {
      if (rule.status !== 'failed') continue;
      for (const evidence of rule.evidence ?? []) {
        const ends = evidence.exchanges.map((exchange) => Date.parse(exchange.startedAt) + exchange.elapsedMs).filter((t) => !Number.isNaN(t));
        if (ends.length > 0) earliest = Math.min(earliest, Math.max(...ends) - start);
      }
    }
  }
  if (Number.isFinite(earliest)) return Math.max(0, Math.round(earliest));
  const line = lines.find((candidate) => /failures [1-9]/.test(candidate.text));
  return line ? Math.round(line.atMs) : undefined;
}
