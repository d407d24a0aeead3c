import { escapeHtml } from './escapeHtml';
import { renderErrorCodes } from './html/renderErrorCodes';
import { renderFailures } from './html/renderFailures';
import { renderHeader } from './html/renderHeader';
import { renderLimits } from './html/renderLimits';
import { renderObservations } from './html/renderObservations';
import { renderProblems } from './html/renderProblems';
import { renderRuleMatrix } from './html/renderRuleMatrix';
import { renderSoak } from './html/renderSoak';
import { renderSentenceCoverage } from './html/renderSentenceCoverage';
import { renderTargetProfile } from './html/renderTargetProfile';
import { renderTraffic } from './html/renderTraffic';
import { REPORT_STYLES } from './html/reportStyles';
import type { Summary } from './types';

/**
 * The conformance report as one self-contained HTML page: inline CSS and SVG, no scripts,
 * no network, so it opens from disk and can be mailed or archived as one file.
 * Pure: the same summary always gives the same page. Every value is HTML-escaped.
 * Failure first: the verdict, then each failed rule's diverging step, diff, replay and curl
 * on the first screen; full exchanges and the other sections are collapsed `<details>`, so a
 * failing run's page stays a few screens tall however many calls it recorded.
 * Section ids (and `data-testid`s) are stable: header, verdict, fidelity, failures,
 * rule-matrix, error-codes, limits, observations, target-profile, traffic.
 */
export function renderHtmlReport(summary: Summary): string {
  const nav = [
    ['failures', 'Failures'],
    ['rule-matrix', 'Rules'],
    ['error-codes', 'Error codes'],
    ['limits', 'Limits'],
    ['observations', 'Observations'],
    ['target-profile', 'Target profile'],
    ['traffic', 'Traffic'],
  ]
    .filter(([id]) => id !== 'target-profile' || summary.targetProfile?.length)
    .map(([id, label]) => `<a href="#${id}">${label}</a>`)
    .join(' · ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>Conformance ${escapeHtml(summary.verdict.toUpperCase())} — ${escapeHtml(summary.target)}</title>
<style>${REPORT_STYLES}</style>
</head>
<body>
<main>
${renderHeader(summary, nav)}
${renderFailures(summary)}
${renderRuleMatrix(summary)}
${renderErrorCodes(summary)}
${renderSentenceCoverage(summary)}
${renderLimits(summary)}
${renderObservations(summary)}
${renderTargetProfile(summary)}
${renderTraffic(summary)}
${renderSoak(summary)}
${renderProblems(summary)}
</main>
</body>
</html>
`;
}
