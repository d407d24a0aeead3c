import { escapeHtml as e } from '../escapeHtml';
import type { RuleEvidence, RuleResult } from '../types';
import { keyExchangeIndex } from './keyExchangeIndex';
import { answerLine } from './renderExchange';
import { renderEvidenceDetails } from './renderEvidenceDetails';
import { renderShortDiff } from './renderShortDiff';
import { shortDiff } from './shortDiff';

/**
 * One failing test of a failed rule, sized for the first screen: where it diverged (the
 * shrunk sequence's step, for a stateful run), expected vs actual as a short diff, the replay
 * command and one curl reproducer; the rest of the evidence collapsed below it.
 * A stateful failure's replay is the counterexample's own (CHAT_SEED + CHAT_PATH +
 * CHAT_REPLAY_PATH), which re-runs just the shrunk sequence; the whole test's is in the details.
 */
export function renderFailingTest(rule: RuleResult, evidence: RuleEvidence, id: string): string {
  const diff = shortDiff(evidence.expected ?? '(see the rule)', evidence.actual ?? rule.detail);
  const keyIndex = keyExchangeIndex(rule.endpoint, evidence.exchanges);
  const key = evidence.exchanges[keyIndex];
  const curl = evidence.curl[keyIndex];
  const sequenceReplay = evidence.sequence?.replay;
  const step = evidence.sequence ? divergingStepLine(evidence.sequence) : '';
  const reproduce =
    key && curl
      ? `<dt>curl</dt><dd><pre class="clamp" data-testid="curl">${e(curl)}</pre><div class="caption muted" data-testid="key-call">call #${key.seq} ${e(key.api)} → ${e(answerLine(key))}; ${e(whyThisCall(rule, key.api))}. UserSig redacted: sign a fresh one for your admin.</div></dd>`
      : '<dt>curl</dt><dd class="muted">No call was recorded.</dd>';
  return `<div class="failing-test" id="${e(id)}" data-testid="failing-test">
<div class="test-line"><span class="muted">Test</span> <strong>${e(evidence.test)}</strong></div>
<dl class="card">
${step}<dt>Diff</dt><dd>${renderShortDiff(diff)}</dd>
<dt>Replay</dt><dd><pre data-testid="replay">${e(sequenceReplay ?? evidence.replay)}</pre></dd>
${reproduce}
</dl>
${renderEvidenceDetails(evidence, { keyIndex, clipped: diff.clipped, sequenceReplayShown: sequenceReplay !== undefined })}
</div>`;
}

function divergingStepLine(sequence: NonNullable<RuleEvidence['sequence']>): string {
  const i = sequence.divergingStep;
  const command = sequence.commands[i] ?? '(step not recorded)';
  // Steps count from 0, as in the console's failure message and the divergence text.
  return `<dt>Diverges</dt><dd data-testid="diverging-step">at step ${i} (${ordinal(i + 1)} of ${sequence.commands.length}): <code>${e(command)}</code></dd>\n`;
}

function whyThisCall(rule: RuleResult, api: string): string {
  if (api === rule.endpoint) return "the test's last call to the rule's endpoint";
  return api.startsWith('recentcontact/') ? "the test's last conversation call" : "the test's last call";
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}
