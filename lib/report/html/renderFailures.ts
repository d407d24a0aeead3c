import { escapeHtml as e } from '../escapeHtml';
import type { RuleResult, Summary } from '../types';
import { evidenceAnchor, ruleAnchor } from './anchors';
import { renderFailingTest } from './renderFailingTest';
import { renderSourceLink } from './renderSourceLink';

/** More failed rules than this and their ids are listed first, so every id is on the first screen. */
const INDEX_FROM = 3;

/**
 * The failed rules, right under the verdict: one card per rule with its id, title and quoted
 * source, then each failing test's diverging step, short diff, replay and curl command.
 * Full exchanges stay collapsed (renderEvidenceDetails), so a failing run's first screen
 * (1280×800) answers "what broke and how do I reproduce it" without scrolling.
 */
export function renderFailures(summary: Summary): string {
  const failed = summary.rules.filter((r) => r.status === 'failed');
  const index =
    failed.length >= INDEX_FROM
      ? `<p class="failure-index">${failed.map((r) => `<a href="#${e(evidenceAnchor(r.id))}"><code>${e(r.id)}</code></a>`).join(' · ')}</p>`
      : '';
  return `<section id="failures" data-testid="failures">
<h2>Failed rules (${failed.length})</h2>
${index}${failed.map(renderFailedRule).join('\n') || '<p class="muted">No rule failed.</p>'}
</section>`;
}

function renderFailedRule(rule: RuleResult): string {
  const anchor = evidenceAnchor(rule.id);
  const page = rule.source.title ? ` <span class="muted">(${renderSourceLink(rule.source)})</span>` : '';
  const quote = rule.source.quote ? `<blockquote class="source">“${e(rule.source.quote)}”${page}</blockquote>` : '';
  const tests = rule.evidence?.length
    ? rule.evidence.map((ev, i) => renderFailingTest(rule, ev, i === 0 ? `${anchor}-test` : `${anchor}-${i + 1}`)).join('\n')
    : `<div class="diff-line diff-actual" data-testid="actual"><span class="diff-label">detail</span><code>${e(rule.detail)}</code></div>`;
  return `<article class="failure" id="${e(anchor)}" data-testid="failure" data-rule-id="${e(rule.id)}">
<h3><a href="#${e(ruleAnchor(rule.id))}" data-testid="failed-rule-id"><code>${e(rule.id)}</code></a> <span class="rule-title">${e(rule.title)}</span> <span class="muted endpoint">${e(rule.endpoint)}</span></h3>
${quote}
${tests}
</article>`;
}
