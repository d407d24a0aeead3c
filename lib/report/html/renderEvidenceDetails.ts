import { escapeHtml as e } from '../escapeHtml';
import type { RuleEvidence } from '../types';
import { renderExchange } from './renderExchange';

/** What the first screen already shows, so the details can mark it rather than repeat it blindly. */
export interface EvidenceContext {
  /** Index of the call whose curl is on the first screen, or -1. */
  keyIndex: number;
  /** The first screen clipped expected or actual: show them whole here. */
  clipped: boolean;
  /** The first screen shows the counterexample's replay: offer the whole test's here. */
  sequenceReplayShown: boolean;
}

/**
 * Everything else about one failing test, one click away and collapsed by default: a failing
 * stateful run can carry hundreds of calls, and expanded they made a one-failure report
 * about 190,000 px tall. Holds the full expected and actual when the first screen clipped
 * them, the shrunk sequence with its diverging step, the whole test's replay command and every
 * call with its request, response and curl reproducer.
 */
export function renderEvidenceDetails(evidence: RuleEvidence, ctx: EvidenceContext): string {
  const count = evidence.exchanges.length;
  const label = [count === 1 ? '1 recorded call' : `${count} recorded calls`, 'request, response and curl for each'];
  if (evidence.sequence) label.push(`shrunk sequence of ${evidence.sequence.commands.length} steps`);
  const full = ctx.clipped
    ? `<div class="muted">Expected, in full</div><pre>${e(evidence.expected ?? '')}</pre><div class="muted">Actual, in full</div><pre>${e(evidence.actual ?? '')}</pre>`
    : '';
  const testReplay = ctx.sequenceReplayShown ? `<div class="muted">Replay the whole test (all runs of the property)</div><pre data-testid="test-replay">${e(evidence.replay)}</pre>` : '';
  const calls = evidence.exchanges.map((entry, i) => renderExchange(entry, evidence.curl[i], i === ctx.keyIndex)).join('\n');
  return `<details class="evidence" data-testid="evidence-details">
<summary>Full evidence: ${e(label.join(' · '))}</summary>
${full}${evidence.sequence ? renderSequence(evidence.sequence) : ''}${testReplay}
${calls || '<p class="muted">No call was recorded.</p>'}
</details>`;
}

function renderSequence(sequence: NonNullable<RuleEvidence['sequence']>): string {
  const steps = sequence.commands.map((command, i) =>
    i === sequence.divergingStep
      ? `<li class="diverging" data-testid="sequence-diverging-step">${e(command)} <span class="badge status-failed">diverges here</span></li>`
      : `<li>${e(command)}</li>`,
  );
  return `<div data-testid="sequence"><div class="muted">Shrunk sequence (${e(sequence.family)}, seed ${sequence.seed}, path <code>${e(sequence.path)}</code>)</div>
<ol class="sequence" start="0">${steps.join('')}</ol></div>`;
}
