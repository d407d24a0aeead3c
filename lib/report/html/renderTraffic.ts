import { escapeHtml as e } from '../escapeHtml';
import type { Summary } from '../types';
import { renderBarChart } from './renderBarChart';
import { renderCollapsedSection } from './renderCollapsedSection';

/** Requests per endpoint, latency p50/p95/p99, retries and inconclusive calls, with two small SVG charts; collapsed. */
export function renderTraffic(summary: Summary): string {
  const rows = summary.traffic.perEndpoint;
  const table = rows.map((t) => `<tr data-testid="traffic-row" data-api="${e(t.api)}"><td>${e(t.api)}</td><td>${t.requests}</td><td>${t.p50}</td><td>${t.p95}</td><td>${t.p99}</td><td>${t.retries}</td><td>${t.inconclusive}</td></tr>`);
  const charts = rows.length
    ? '<h3>Requests per endpoint</h3>' +
      renderBarChart(rows.map((t) => ({ label: t.api, values: [t.requests] })), { title: 'Requests per endpoint', series: ['requests'] }) +
      '<h3>Latency per endpoint (ms)</h3>' +
      renderBarChart(rows.map((t) => ({ label: t.api, values: [t.p50, t.p95, t.p99] })), { title: 'Latency per endpoint (ms)', series: ['p50', 'p95', 'p99'], unit: ' ms' })
    : '';
  const sum = (pick: (t: (typeof rows)[number]) => number) => rows.reduce((n, t) => n + pick(t), 0);
  const gist = `${sum((t) => t.requests)} requests to ${rows.length} APIs, ${sum((t) => t.retries)} retries, ${sum((t) => t.inconclusive)} inconclusive`;
  return renderCollapsedSection({
    id: 'traffic',
    title: 'Traffic',
    gist,
    body: `<table><colgroup><col style="width:34%"></colgroup><thead><tr><th>Endpoint</th><th>Requests</th><th>p50 ms</th><th>p95 ms</th><th>p99 ms</th><th>Retries</th><th>Inconclusive</th></tr></thead>
<tbody>
${table.join('\n') || '<tr><td colspan="7" class="muted">No request was recorded.</td></tr>'}
</tbody></table>
<div data-testid="traffic-charts">${charts}</div>`,
  });
}
