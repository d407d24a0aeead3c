import type { TranscriptEntry } from '../../client/types';
import { escapeHtml as e } from '../escapeHtml';
import type { RuleEvidence, RuleResult, Summary } from '../types';
import { evidenceAnchor, ruleAnchor } from './anchors';
import { prettyJson } from './prettyJson';

/**
 * One block per failed rule and failing test: expected vs actual, the rule and its source,
 * every exchange pretty-printed, curl reproducers, the replay command and, for a stateful
 * failure, the shrunk command sequence with the diverging step marked.
 */
export function renderFailures(summary: Summary): string {
  const failed = summary.rules.filter((r) => r.status === 'failed');
  const blocks = failed.flatMap((rule) => (rule.evidence?.length ? rule.evidence : [undefined]).map((ev, i) => renderFailure(rule, ev, i)));
  return `<section id="failures" data-testid="failures">
<h2>Failures (${failed.length})</h2>
${blocks.join('\n') || '<p class="muted">No rule failed.</p>'}
</section>`;
}

function renderFailure(rule: RuleResult, evidence: RuleEvidence | undefined, index: number): string {
  const id = index === 0 ? evidenceAnchor(rule.id) : `${evidenceAnchor(rule.id)}-${index + 1}`;
  const head = `<h3><a href="#${e(ruleAnchor(rule.id))}"><code>${e(rule.id)}</code></a> — ${e(rule.title)}</h3>
${rule.source.quote ? `<blockquote>“${e(rule.source.quote)}” <span class="muted">(${e(rule.source.document)})</span></blockquote>` : ''}`;
  if (!evidence) return `<article class="failure" id="${e(id)}" data-testid="failure" data-rule-id="${e(rule.id)}">${head}<pre>${e(rule.detail)}</pre></article>`;
  return `<article class="failure" id="${e(id)}" data-testid="failure" data-rule-id="${e(rule.id)}">
${head}
<div>Test: <strong>${e(evidence.test)}</strong></div>
<div>Expected:</div><pre data-testid="expected">${e(evidence.expected ?? '(see the rule)')}</pre>
<div>Actual:</div><pre data-testid="actual">${e(evidence.actual ?? rule.detail)}</pre>
${evidence.sequence ? renderSequence(evidence.sequence) : ''}
${evidence.exchanges.map(renderExchange).join('\n')}
<div>Reproduce with curl (UserSig redacted: sign a fresh one for your admin):</div>
${evidence.curl.map((c) => `<pre data-testid="curl">${e(c)}</pre>`).join('\n') || '<p class="muted">No exchange was recorded.</p>'}
<div>Replay the test:</div><pre data-testid="replay">${e(evidence.replay)}</pre>
</article>`;
}

function renderSequence(sequence: NonNullable<RuleEvidence['sequence']>): string {
  const steps = sequence.commands.map((command, i) =>
    i === sequence.divergingStep
      ? `<li class="diverging" data-testid="diverging-step">${e(command)} <span class="badge status-failed">diverges here</span></li>`
      : `<li>${e(command)}</li>`,
  );
  return `<div data-testid="sequence">Shrunk sequence (${e(sequence.family)}, seed ${sequence.seed}, path <code>${e(sequence.path)}</code>), step ${sequence.divergingStep + 1} diverges:
<ol class="sequence" start="1">${steps.join('')}</ol>
${sequence.replay ? `<div>Replay this counterexample:</div><pre data-testid="sequence-replay">${e(sequence.replay)}</pre>` : ''}</div>`;
}

function renderExchange(entry: TranscriptEntry): string {
  const status = entry.httpStatus === undefined ? entry.outcome : `HTTP ${entry.httpStatus}`;
  const schema = entry.schemaErrors.length ? `<div class="no">Schema: ${e(entry.schemaErrors.join('; '))}</div>` : '';
  return `<div class="exchange" data-testid="exchange">
<div><strong>#${entry.seq} ${e(entry.api)}</strong> <span class="muted">${e(status)} · ${Math.round(entry.elapsedMs * 10) / 10} ms · ${entry.attempts} attempt(s)</span></div>
<div class="muted">POST ${e(entry.url)}</div>
<div>Request:</div><pre>${e(prettyJson(entry.requestBody))}</pre>
<div>Response:</div><pre>${e(prettyJson(entry.responseBody) || '(no response body)')}</pre>${schema}
</div>`;
}
