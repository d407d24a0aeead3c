import { escapeHtml as e } from '../escapeHtml';
import type { Summary } from '../types';
import { renderCollapsedSection } from './renderCollapsedSection';

/**
 * Undocumented behaviour seen on the target, one table row each, collapsed. Neutral styling:
 * an observation is never a failure.
 */
export function renderObservations(summary: Summary): string {
  const rows = summary.observations.map((o) => `<tr class="observation" data-testid="observation" data-observation-id="${e(o.id)}">
<td><strong>${e(o.question)}</strong><div class="muted"><code>${e(o.id)}</code> · ${e(o.endpoint)}</div></td>
<td>${e(o.observed)}</td><td class="muted">seen ${o.seen ?? 1}× by: ${e(o.test)}</td></tr>`);
  const n = summary.observations.length;
  return renderCollapsedSection({
    id: 'observations',
    title: 'Observations (undocumented behaviour)',
    gist: `${n} recorded, never failures`,
    body: `<table class="observations"><colgroup><col style="width:38%"><col style="width:32%"></colgroup>
<thead><tr><th>Question</th><th>Observed</th><th>Seen by</th></tr></thead>
<tbody>
${rows.join('\n') || '<tr><td colspan="3" class="muted">No undocumented behaviour was recorded.</td></tr>'}
</tbody></table>`,
  });
}
