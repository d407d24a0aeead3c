import type { Summary } from './types';

/** Longest detail kept on one console line; the full text is in the report. */
const DETAIL_MAX = 160;

/**
 * The failed rules of a run as console lines, so a CI log says what broke without
 * opening the report: `✘ <rule id> — <title>: <detail>` and, under it, the command
 * that replays the first failing test.
 */
export function failureLines(summary: Summary | undefined): string[] {
  if (!summary) return [];
  return summary.rules
    .filter((rule) => rule.status === 'failed')
    .flatMap((rule) => {
      const detail = rule.detail.replace(/\s+/g, ' ').trim();
      const short = detail.length > DETAIL_MAX ? `${detail.slice(0, DETAIL_MAX - 1)}…` : detail;
      const evidence = rule.evidence?.[0];
      const replay = evidence?.sequence?.replay ?? evidence?.replay;
      return [`✘ ${rule.id} — ${rule.title}: ${short}`, ...(replay ? [`    replay: ${replay}`] : [])];
    });
}
