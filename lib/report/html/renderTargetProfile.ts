import { escapeHtml as e } from '../escapeHtml';
import type { Summary } from '../types';
import { renderCollapsedSection } from './renderCollapsedSection';

/**
 * The target profile (Summary.targetProfile): how the target resolved each undocumented
 * choice point the run saw, as a compact collapsed table. Facts, never failures: neutral
 * styling. Omitted when the summary has no profile (older summaries, or nothing was seen).
 */
export function renderTargetProfile(summary: Summary): string {
  const profile = summary.targetProfile ?? [];
  if (profile.length === 0) return '';
  const varied = profile.filter((p) => p.values.length > 1).length;
  const rows = profile.map((p) => `<tr data-testid="profile-row" data-choice="${e(p.choice)}">
<td><code>${e(p.choice)}</code><div class="muted">${e(p.gap)}</div></td>
<td>${p.values.map((v) => `<code>${e(v)}</code>`).join(', ')}</td><td>${e(p.scope)}</td><td class="tests muted">${e(p.tests.join(' · '))}</td></tr>`);
  return renderCollapsedSection({
    id: 'target-profile',
    title: 'Target profile (undocumented behaviour seen)',
    gist: `${profile.length} choice points resolved` + (varied ? `, ${varied} with more than one value` : ''),
    body: `<table class="profile"><colgroup><col style="width:32%"><col style="width:14%"><col style="width:9%"></colgroup>
<thead><tr><th>Choice</th><th>Values</th><th>Scope</th><th>Tests</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>`,
  });
}
