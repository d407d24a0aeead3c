import { escapeHtml as e } from '../escapeHtml';
import type { Summary } from '../types';

/** Cleanup failures against a real target and problems of the report itself; nothing when there are none. */
export function renderProblems(summary: Summary): string {
  const list = (items: readonly string[]) => `<ul>${items.map((p) => `<li>${e(p)}</li>`).join('')}</ul>`;
  const cleanup = summary.cleanupFailures.length
    ? `<section id="cleanup" data-testid="cleanup"><h2>Cleanup failures</h2><p>These users or groups may remain on the target; remove them by hand.</p>${list(summary.cleanupFailures)}</section>`
    : '';
  const problems = summary.reportProblems?.length
    ? `<section id="report-problems" data-testid="report-problems"><h2>Report problems</h2>${list(summary.reportProblems)}</section>`
    : '';
  return cleanup + problems;
}
