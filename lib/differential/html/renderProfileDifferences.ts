import { escapeHtml as e } from '../../report/escapeHtml';
import type { DifferentialSummary } from '../types';

/**
 * Every choice point the two target profiles resolve differently, in words, with the
 * registry's gap and both value sets: the undocumented behaviour an app written against one
 * target may trip over on the other. Open by default: with the rule failures, this is the news.
 */
export function renderProfileDifferences(summary: DifferentialSummary): string {
  const rows = summary.profileDifferences.map((d) => `<tr data-testid="profile-difference" data-choice="${e(d.choice)}">
<td><code>${e(d.choice)}</code> <span class="muted">(${e(d.scope)})</span><div class="muted">${e(d.gap)}</div></td>
<td>${e(d.words)}</td>
<td>${d.reference.map((v) => `<code>${e(v)}</code>`).join(' | ') || '<span class="muted">not seen</span>'}</td>
<td>${d.candidate.map((v) => `<code>${e(v)}</code>`).join(' | ') || '<span class="muted">not seen</span>'}</td></tr>`);
  const body = rows.length === 0
    ? '<p class="yes" data-testid="no-profile-differences">The two targets resolve every choice point the probes showed alike.</p>'
    : `<table><colgroup><col style="width:32%"><col style="width:38%"><col style="width:15%"><col style="width:15%"></colgroup>
<thead><tr><th>Choice point (the gap in the documents)</th><th>In words</th><th>Reference</th><th>Candidate</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>`;
  return `<section id="profile-differences" data-testid="profile-differences">
<h2>Undocumented behaviour that differs (${summary.profileDifferences.length})</h2>
${body}
</section>`;
}
