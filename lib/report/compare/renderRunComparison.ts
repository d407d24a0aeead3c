import { escapeHtml as e } from '../escapeHtml';
import { renderCollapsedSection } from '../html/renderCollapsedSection';
import { diffFacts } from '../diffFacts';
import { diffPage } from '../diffPage';
import { renderStatus } from '../html/renderStatus';
import type { RuleStatus } from '../types';
import type { RunComparison, RunHeader } from './RunComparison';

const status = (s: RuleStatus | 'absent') => (s === 'absent' ? '<span class="muted">absent</span>' : renderStatus(s));
const values = (list: readonly string[]) => list.map((v) => `<code>${e(v)}</code>`).join('<br>') || '<span class="muted">not seen</span>';

function runFacts(run: RunHeader): string {
  return `${run.source} · ${run.target} · ${run.startedAt} · ${run.verdict} · fidelity ${run.fidelity.passed}/${run.fidelity.applicable} · seed ${run.seed} · suite ${run.suiteVersion} · spec ${run.specHash}`;
}

/**
 * The HTML diff of two saved runs, one self-contained page in the main report's style:
 * regressions first (passed → failed, with B's detail), then the other status changes, and,
 * collapsed, the observations, target-profile entries and new error codes that changed.
 */
export function renderRunComparison(c: RunComparison): string {
  const regressions = c.ruleChanges.filter((r) => r.regression);
  const others = c.ruleChanges.filter((r) => !r.regression);
  const ruleRows = (rows: typeof c.ruleChanges) =>
    rows.map((r) => `<tr data-testid="rule-change" data-rule-id="${e(r.id)}"${r.regression ? ' class="row-failed"' : ''}><td><code>${e(r.id)}</code><div class="muted">${e(r.title)}</div></td><td>${status(r.from)} → ${status(r.to)}</td><td class="muted">${e(r.detail)}</td></tr>`).join('\n');
  const table = (head: string, rows: string) => `<table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
  return diffPage(`Run comparison — ${c.regressions} regression(s)`, `<section id="header" data-testid="header">
<div class="headline"><div class="verdict ${c.regressions ? 'verdict-fail' : 'verdict-pass'}" data-testid="verdict">${c.regressions ? `${c.regressions} REGRESSED` : 'NO REGRESSION'}</div>
<div class="header-text"><h1>Run comparison — v4/recentcontact conformance</h1>${diffFacts([['A', runFacts(c.a)], ['B', runFacts(c.b)]])}</div></div>
</section>
<section id="regressions" data-testid="regressions"><h2>Regressed rules (${regressions.length})</h2>
${regressions.length ? table('<th>Rule</th><th>A → B</th><th>Detail in B</th>', ruleRows(regressions)) : '<p class="yes">No documented rule went from passed to failed.</p>'}
</section>
<section id="status-changes" data-testid="status-changes"><h2>Other rule status changes (${others.length})</h2>
${others.length ? table('<th>Rule</th><th>A → B</th><th>Detail in B</th>', ruleRows(others)) : '<p class="muted">None.</p>'}
</section>
${renderCollapsedSection({
  id: 'observation-changes',
  title: 'Observations that changed',
  gist: `${c.observationChanges.length} observation(s)`,
  body: table('<th>Observation</th><th>A</th><th>B</th>', c.observationChanges.map((o) => `<tr data-testid="observation-change"><td><code>${e(o.id)}</code><div class="muted">${e(o.question)}</div></td><td>${values(o.from)}</td><td>${values(o.to)}</td></tr>`).join('\n')),
})}
${renderCollapsedSection({
  id: 'profile-changes',
  title: 'Target profile entries that changed',
  gist: `${c.profileChanges.length} choice point(s)`,
  body: table('<th>Choice point</th><th>A</th><th>B</th>', c.profileChanges.map((p) => `<tr data-testid="profile-change" data-choice="${e(p.choice)}"><td><code>${e(p.choice)}</code><div class="muted">${e(p.gap)}</div></td><td>${values(p.from)}</td><td>${values(p.to)}</td></tr>`).join('\n')),
})}
${renderCollapsedSection({
  id: 'new-error-codes',
  title: 'Error codes seen in B only',
  gist: c.newErrorCodes.map((code) => code.code).join(', ') || 'none',
  body: table('<th>Code</th><th>Endpoint</th><th>Meaning</th><th>How</th>', c.newErrorCodes.map((code) => `<tr data-testid="new-error-code"><td>${code.code}</td><td>${e(code.endpoint)}</td><td>${e(code.meaning)}</td><td class="muted">${e(code.how ?? '')}</td></tr>`).join('\n')),
})}
`);
}
