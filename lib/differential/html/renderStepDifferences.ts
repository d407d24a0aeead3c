import { toCurl } from '../../client/toCurl';
import type { TranscriptEntry } from '../../client/types';
import { escapeHtml as e } from '../../report/escapeHtml';
import { renderCollapsedSection } from '../../report/html/renderCollapsedSection';
import { renderExchange } from '../../report/html/renderExchange';
import type { DifferentialSummary, StepDifference } from '../types';

/** Cards shown before the rest go into a collapsed list: the first screen stays readable. */
const SHOWN = 25;

function exchanges(side: string, entries: readonly TranscriptEntry[]): string {
  if (entries.length === 0) return `<p class="muted">${e(side)}: no call recorded</p>`;
  return `<h3>${e(side)}</h3>${entries.map((entry) => renderExchange(entry, toCurl(entry), false)).join('\n')}`;
}

function card(d: StepDifference): string {
  return `<div class="failure" data-testid="difference" data-probe="${e(d.probe)}" data-step="${d.step}">
<h3><code>${e(d.probe)}/${d.step}</code> ${e(d.stepTitle)}</h3>
<div class="muted">${e(d.probeTitle)}</div>
<dl class="card"><dt>field</dt><dd><code data-testid="difference-path">${e(d.path)}</code></dd>
<dt>reference</dt><dd><code data-testid="difference-reference">${e(d.reference)}</code></dd>
<dt>candidate</dt><dd><code data-testid="difference-candidate">${e(d.candidate)}</code></dd>
<dt>replay</dt><dd><pre class="clamp" data-testid="replay">${e(d.replay)}</pre></dd></dl>
<details class="evidence"><summary>both exchanges (request and answers; UserSig redacted)</summary>
${exchanges('Reference', d.exchanges.reference)}
${exchanges('Candidate', d.exchanges.candidate)}
</details>
</div>`;
}

/**
 * Every step whose answers differ, documented or not: the first field that differs, both
 * values, the replay line and (collapsed) both exchanges with curl reproducers. The first
 * cards are open on the page; the rest are listed in a collapsed section.
 */
export function renderStepDifferences(summary: DifferentialSummary): string {
  const all = summary.differences;
  if (all.length === 0) {
    return `<section id="differences" data-testid="differences"><h2>Answers that differ (0)</h2><p class="yes">Every compared answer was equivalent.</p></section>`;
  }
  const rest = all.slice(SHOWN);
  return `<section id="differences" data-testid="differences">
<h2>Answers that differ (${all.length} steps in ${new Set(all.map((d) => d.probe)).size} probes)</h2>
${all.slice(0, SHOWN).map(card).join('\n')}
</section>
${rest.length === 0 ? '' : renderCollapsedSection({ id: 'more-differences', title: `${rest.length} more differences`, gist: rest.slice(0, 3).map((d) => `${d.probe}/${d.step}`).join(', '), body: rest.map(card).join('\n') })}`;
}
