import { escapeHtml as e } from '../escapeHtml';
import type { RuleResult, Summary } from '../types';
import { evidenceAnchor, ruleAnchor } from './anchors';
import { renderStatus } from './renderStatus';

/**
 * Every rule, grouped by endpoint, with its status, the quoted source sentence and,
 * for a failure, a link to its evidence. Endpoints with failures come first, and
 * failed rules first inside each endpoint, so a reader sees what broke at once.
 */
export function renderRuleMatrix(summary: Summary): string {
  const groups = new Map<string, RuleResult[]>();
  for (const rule of summary.rules) groups.set(rule.endpoint, [...(groups.get(rule.endpoint) ?? []), rule]);
  const failedIn = (rules: RuleResult[]) => rules.filter((r) => r.status === 'failed').length;
  const ordered = [...groups].sort(([, a], [, b]) => Number(failedIn(b) > 0) - Number(failedIn(a) > 0));
  const counts = (['passed', 'failed', 'inconclusive', 'skipped'] as const).map((s) => `${summary.rules.filter((r) => r.status === s).length} ${s}`);
  return `<section id="rule-matrix" data-testid="rule-matrix">
<h2>Rule matrix</h2>
<p class="muted">${summary.rules.length} rules: ${e(counts.join(', '))}.</p>
${ordered.map(([endpoint, rules]) => renderGroup(endpoint, rules)).join('\n')}
</section>`;
}

function renderGroup(endpoint: string, rules: RuleResult[]): string {
  const sorted = [...rules].sort((a, b) => Number(b.status === 'failed') - Number(a.status === 'failed'));
  return `<h3>${e(endpoint)}</h3>
<table data-testid="rule-group" data-endpoint="${e(endpoint)}">
<colgroup><col style="width:30%"><col style="width:12%"><col style="width:30%"><col style="width:28%"></colgroup>
<thead><tr><th>Rule</th><th>Status</th><th>Source</th><th>Detail</th></tr></thead>
<tbody>
${sorted.map(renderRow).join('\n')}
</tbody></table>`;
}

function renderRow(rule: RuleResult): string {
  const evidence = rule.status === 'failed' ? ` <a href="#${e(evidenceAnchor(rule.id))}">evidence</a>` : '';
  const tests = rule.tests.length ? `<div class="muted">tests: ${e(rule.tests.join(' · '))}</div>` : '';
  return `<tr id="${e(ruleAnchor(rule.id))}" class="row-${e(rule.status)}" data-testid="rule-row" data-rule-id="${e(rule.id)}" data-status="${e(rule.status)}">
<td><code>${e(rule.id)}</code><div>${e(rule.title)}</div></td>
<td>${renderStatus(rule.status)}${evidence}</td>
<td>${rule.source.quote ? `<blockquote>“${e(rule.source.quote)}”</blockquote>` : ''}<div class="muted">${e(rule.source.document)}</div></td>
<td>${e(rule.detail)}${tests}</td>
</tr>`;
}
