import type { Summary } from './types';

/** What the closing line can say when summary.json is missing (its writer failed). */
export interface TestTally {
  failures: number;
  inconclusive: number;
  requests: number;
}

/**
 * The one closing line of a conformance run, e.g.
 * `verdict: FAIL · fidelity 40/42 documented rules · 2 failed · 1 inconclusive · 812 requests · report: reports/index.html`.
 */
export function verdictLine(summary: Summary | undefined, tally: TestTally, reportPath: string): string {
  if (!summary) {
    const verdict = tally.failures > 0 ? 'FAIL' : 'UNKNOWN';
    return `verdict: ${verdict} · ${tally.failures} failed tests · ${tally.inconclusive} inconclusive · ${tally.requests} requests · no summary was written`;
  }
  const count = (status: string) => summary.rules.filter((r) => r.status === status).length;
  const parts = [
    `verdict: ${summary.verdict.toUpperCase()}`,
    `fidelity ${summary.fidelity.passed}/${summary.fidelity.applicable} documented rules`,
    `${count('failed')} failed`,
    `${count('inconclusive')} inconclusive`,
    `${count('skipped')} skipped`,
    `${summary.requests} requests`,
    ...(summary.error ? [summary.error] : []),
    `report: ${reportPath}`,
  ];
  return parts.join(' · ');
}
