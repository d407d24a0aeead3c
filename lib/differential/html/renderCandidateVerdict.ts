import { escapeHtml as e } from '../../report/escapeHtml';
import type { DifferentialSummary } from '../types';

/** The candidate's own documented-rule verdict (its conformance run): verdict, fidelity, each failed rule, a link to its full report. */
export function renderCandidateVerdict(summary: DifferentialSummary): string {
  const c = summary.candidateConformance;
  if (!c.ran) {
    return `<section id="candidate-conformance" data-testid="candidate-conformance"><h2>Candidate: documented rules</h2><p class="muted">Not run: ${e(c.reason)}</p></section>`;
  }
  const failed = c.failedRules.map((rule) => `<li data-testid="candidate-failed-rule" data-rule-id="${e(rule.id)}"><code class="no">${e(rule.id)}</code> ${e(rule.title)}<div class="muted">${e(rule.detail)}</div></li>`);
  return `<section id="candidate-conformance" data-testid="candidate-conformance">
<h2>Candidate: documented rules <span class="badge status-${c.verdict === 'pass' ? 'passed' : c.verdict === 'fail' ? 'failed' : 'inconclusive'}" data-testid="candidate-verdict">${e(c.verdict)}</span></h2>
<p>Fidelity <strong data-testid="candidate-fidelity">${c.fidelity.passed} / ${c.fidelity.applicable}</strong> documented rules passed; full report: <a href="${e(c.reportDir)}/index.html">${e(c.reportDir)}/index.html</a>${c.error ? ` <span class="no">${e(c.error)}</span>` : ''}</p>
${failed.length ? `<ul>${failed.join('\n')}</ul>` : '<p class="yes">No documented rule failed.</p>'}
</section>`;
}
