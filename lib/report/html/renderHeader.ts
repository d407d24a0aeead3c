import { escapeHtml as e } from '../escapeHtml';
import type { Summary } from '../types';

/**
 * The header: the verdict, the fidelity score ("documented rules passed / applicable"), the
 * facts needed to reproduce the run and the section links, in a band about 130 px tall so
 * the failures fit on the first screen under it. The target is a host only (Summary.target);
 * no credentials ever reach the summary.
 */
export function renderHeader(summary: Summary, nav: string): string {
  const { passed, applicable } = summary.fidelity;
  const percent = applicable === 0 ? 'n/a' : `${((passed / applicable) * 100).toFixed(1)}%`;
  const facts: [string, string][] = [
    ['Target', summary.target],
    ['SDKAppID', summary.sdkAppId === undefined ? '—' : String(summary.sdkAppId)],
    ['Suite version', summary.suiteVersion],
    ['Spec hash', summary.specHash],
    ['Seed', String(summary.seed)],
    ['Started', summary.startedAt],
    ['Duration', `${(summary.durationMs / 1000).toFixed(1)} s`],
    ['Requests', String(summary.requests)],
  ];
  return `<section id="header" data-testid="header">
<div class="headline">
<div class="verdict verdict-${e(summary.verdict)}" data-testid="verdict">${e(summary.verdict.toUpperCase())}</div>
<div class="fidelity" data-testid="fidelity"><div class="score">${passed} / ${applicable}</div>
<div class="label">fidelity: documented rules passed / applicable (${e(percent)})</div></div>
<div class="header-text">
<h1>Conformance report — v4/recentcontact conversation groups and marks</h1>
<dl class="facts">${facts.map(([k, v]) => `<div><dt>${e(k)}</dt><dd data-testid="fact-${e(k.toLowerCase().replaceAll(' ', '-'))}">${e(v)}</dd></div>`).join('')}</dl>
</div>
</div>
${summary.error ? `<div class="error-banner" data-testid="run-error">${e(summary.error)}</div>` : ''}
<nav class="muted">${nav}</nav>
</section>`;
}
