import { escapeHtml as e } from '../escapeHtml';
import type { Summary } from '../types';

/** Each documented limit with the values tried around it (N−1, N, N+1) and what came back. */
export function renderLimits(summary: Summary): string {
  const rows = summary.limits.flatMap((limit) =>
    limit.tried.map((t, i) => `<tr data-testid="limit-row">
${i === 0 ? `<td rowspan="${limit.tried.length}">${e(limit.limit)}<div class="muted"><code>${e(limit.rule)}</code></div></td>` : ''}
<td><code>${e(t.value)}</code></td><td>${e(t.expected)}</td><td>${e(t.actual)}</td><td>${t.ok ? '<span class="yes">as documented</span>' : '<span class="no">differs</span>'}</td></tr>`),
  );
  return `<section id="limits" data-testid="limits">
<h2>Limits</h2>
<table><thead><tr><th>Limit</th><th>Value tried</th><th>Expected</th><th>Actual</th><th>Outcome</th></tr></thead>
<tbody>
${rows.join('\n') || '<tr><td colspan="5" class="muted">No limit was probed in this run.</td></tr>'}
</tbody></table>
</section>`;
}
