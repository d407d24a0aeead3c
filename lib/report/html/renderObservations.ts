import { escapeHtml as e } from '../escapeHtml';
import type { Summary } from '../types';

/** Undocumented behaviour seen on the target. Neutral styling: an observation is never a failure. */
export function renderObservations(summary: Summary): string {
  const items = summary.observations.map((o) => `<div class="observation" data-testid="observation" data-observation-id="${e(o.id)}">
<div><strong>${e(o.question)}</strong> <span class="muted"><code>${e(o.id)}</code> · ${e(o.endpoint)}</span></div>
<div>Observed: ${e(o.observed)}</div><div class="muted">seen ${o.seen ?? 1}× by: ${e(o.test)}</div></div>`);
  return `<section id="observations" data-testid="observations">
<h2>Observations (undocumented behaviour)</h2>
${items.join('\n') || '<p class="muted">No undocumented behaviour was recorded.</p>'}
</section>`;
}
