import { escapeHtml as e } from '../escapeHtml';
import type { Summary } from '../types';
import { renderCollapsedSection } from './renderCollapsedSection';

/** Each documented limit with the values tried around it (N−1, N, N+1) and what came back; collapsed, with a one-line gist. */
export function renderLimits(summary: Summary): string {
  const rows = summary.limits.flatMap((limit) =>
    limit.tried.map((t, i) => `<tr data-testid="limit-row">
${i === 0 ? `<td rowspan="${limit.tried.length}">${e(limit.limit)}<div class="muted"><code>${e(limit.rule)}</code></div></td>` : ''}
<td><code>${e(t.value)}</code></td><td>${e(t.expected)}</td><td>${e(t.actual)}</td><td>${t.ok ? '<span class="yes">as documented</span>' : '<span class="no">differs</span>'}</td></tr>`),
  );
  const tried = summary.limits.flatMap((l) => l.tried);
  const differ = tried.filter((t) => !t.ok).length;
  const gist = `${summary.limits.length} limits probed with ${tried.length} values: ${differ ? `${differ} differ from the documents` : 'all as documented'}`;
  return renderCollapsedSection({
    id: 'limits',
    title: 'Limits',
    gist,
    body: `<table><thead><tr><th>Limit</th><th>Value tried</th><th>Expected</th><th>Actual</th><th>Outcome</th></tr></thead>
<tbody>
${rows.join('\n') || '<tr><td colspan="5" class="muted">No limit was probed in this run.</td></tr>'}
</tbody></table>`,
  });
}
