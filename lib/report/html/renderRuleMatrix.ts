import { escapeHtml as e } from '../escapeHtml';
import type { RuleResult, RuleStatus, Summary } from '../types';
import { evidenceAnchor, ruleAnchor } from './anchors';
import { renderSourceLink } from './renderSourceLink';
import { renderStatus } from './renderStatus';

const STATUSES = ['failed', 'inconclusive', 'skipped', 'passed'] as const satisfies readonly RuleStatus[];

/**
 * Every rule, compact: a count per endpoint and status (endpoints with failures first),
 * the failed and inconclusive rules in full (they need a reader), and the skipped and
 * passed rules, with their quoted sources, each in a collapsed list.
 */
export function renderRuleMatrix(summary: Summary): string {
  const by = (status: RuleStatus) => summary.rules.filter((r) => r.status === status);
  const counts = STATUSES.map((s) => `${by(s).length} ${s}`).join(', ');
  const open = [...by('failed'), ...by('inconclusive')];
  const attention = open.length ? `<h3>Failed and inconclusive</h3>${renderTable(open)}` : '';
  const collapsed = (status: 'skipped' | 'passed') =>
    by(status).length
      ? `<details data-testid="${status}-rules"><summary>${status === 'passed' ? 'Passed' : 'Skipped'} rules (${by(status).length}), with their sources</summary>${renderTable(byEndpoint(by(status)))}</details>`
      : '';
  return `<section id="rule-matrix" data-testid="rule-matrix">
<h2>Rules</h2>
<p class="muted">${summary.rules.length} rules: ${e(counts)}.</p>
${renderEndpointCounts(summary.rules)}
${attention}
${collapsed('skipped')}
${collapsed('passed')}
</section>`;
}

function renderEndpointCounts(rules: readonly RuleResult[]): string {
  const groups = new Map<string, RuleResult[]>();
  for (const rule of rules) groups.set(rule.endpoint, [...(groups.get(rule.endpoint) ?? []), rule]);
  const failedIn = (list: RuleResult[]) => list.filter((r) => r.status === 'failed').length;
  const ordered = [...groups].sort(([, a], [, b]) => Number(failedIn(b) > 0) - Number(failedIn(a) > 0));
  const rows = ordered.map(([endpoint, list]) => {
    const cells = STATUSES.map((s) => {
      const n = list.filter((r) => r.status === s).length;
      return `<td class="num">${n ? (s === 'passed' ? String(n) : `<span class="badge status-${s}">${n}</span>`) : '<span class="muted">·</span>'}</td>`;
    });
    return `<tr data-testid="rule-group" data-endpoint="${e(endpoint)}"><td>${e(endpoint)}</td>${cells.join('')}</tr>`;
  });
  if (rows.length === 0) return '';
  return `<table class="compact"><colgroup><col style="width:52%"></colgroup><thead><tr><th>Endpoint</th>${STATUSES.map((s) => `<th class="num">${s}</th>`).join('')}</tr></thead>
<tbody>${rows.join('\n')}</tbody></table>`;
}

function byEndpoint(rules: readonly RuleResult[]): RuleResult[] {
  return [...rules].sort((a, b) => a.endpoint.localeCompare(b.endpoint));
}

function renderTable(rules: readonly RuleResult[]): string {
  return `<table>
<colgroup><col style="width:30%"><col style="width:12%"><col style="width:30%"><col style="width:28%"></colgroup>
<thead><tr><th>Rule</th><th>Status</th><th>Source</th><th>Detail</th></tr></thead>
<tbody>
${rules.map(renderRow).join('\n')}
</tbody></table>`;
}

function renderRow(rule: RuleResult): string {
  const evidence = rule.status === 'failed' ? ` <a href="#${e(evidenceAnchor(rule.id))}">evidence</a>` : '';
  const tests = rule.tests.length ? `<div class="muted">tests: ${e(rule.tests.join(' · '))}</div>` : '';
  return `<tr id="${e(ruleAnchor(rule.id))}" class="row-${e(rule.status)}" data-testid="rule-row" data-rule-id="${e(rule.id)}" data-status="${e(rule.status)}">
<td><code>${e(rule.id)}</code><div>${e(rule.title)}</div><div class="muted">${e(rule.endpoint)}</div></td>
<td>${renderStatus(rule.status)}${evidence}</td>
<td>${rule.source.quote ? `<blockquote>“${e(rule.source.quote)}”</blockquote>` : ''}<div class="muted">${renderSourceLink(rule.source)}</div></td>
<td>${e(rule.detail)}${tests}</td>
</tr>`;
}
