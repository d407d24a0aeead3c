import { CHOICE_NAMES } from '../../model/choicePoints';
import { escapeHtml as e } from '../../report/escapeHtml';
import { renderCollapsedSection } from '../../report/html/renderCollapsedSection';
import type { DifferentialSummary } from '../types';

/**
 * The details behind the figures, each collapsed: every probe with its outcome, both target
 * profiles point by point, the answers each side's own oracle could not explain, and cleanup
 * problems.
 */
export function renderProbesAndProfiles(summary: DifferentialSummary): string {
  const probeRows = summary.probes.map((p) => `<tr data-testid="probe-row" data-probe="${e(p.id)}"${p.differences ? ' class="row-failed"' : ''}>
<td><code>${e(p.id)}</code><div class="muted">${e(p.title)}</div></td><td class="num">${p.steps}</td><td class="num">${p.differences}</td>
<td>${p.revealed ? `${e(p.revealed.reference ?? '—')} / ${e(p.revealed.candidate ?? '—')}` : ''}</td><td class="muted">${e(p.inconclusive.join('; '))}</td></tr>`);
  const equivalent = summary.behaviourMatch.probes.equivalent;
  const profileRows = CHOICE_NAMES.map((choice) => {
    const [r, c] = [summary.profiles.reference, summary.profiles.candidate].map((profile) => profile.find((entry) => entry.choice === choice)?.values ?? []);
    return `<tr data-testid="profile-row" data-choice="${e(choice)}"><td><code>${e(choice)}</code></td><td>${r!.map((v) => `<code>${e(v)}</code>`).join(' | ') || '—'}</td><td>${c!.map((v) => `<code>${e(v)}</code>`).join(' | ') || '—'}</td></tr>`;
  });
  const divergences = [...summary.modelDivergences.reference.map((line) => `reference: ${line}`), ...summary.modelDivergences.candidate.map((line) => `candidate: ${line}`)];
  return [
    renderCollapsedSection({
      id: 'probes',
      title: 'Probes',
      gist: `${equivalent} of ${summary.behaviourMatch.probes.compared} equivalent`,
      body: `<table class="compact"><colgroup><col style="width:44%"><col style="width:7%"><col style="width:9%"><col style="width:18%"></colgroup>
<thead><tr><th>Probe</th><th class="num">Steps</th><th class="num">Differ</th><th>Revealed (reference / candidate)</th><th>Not compared</th></tr></thead>
<tbody>${probeRows.join('\n')}</tbody></table>`,
    }),
    renderCollapsedSection({
      id: 'profiles',
      title: 'Target profiles',
      gist: `${summary.profiles.reference.length} points seen on the reference, ${summary.profiles.candidate.length} on the candidate`,
      body: `<table class="compact"><thead><tr><th>Choice point</th><th>Reference</th><th>Candidate</th></tr></thead><tbody>${profileRows.join('\n')}</tbody></table>`,
    }),
    renderCollapsedSection({
      id: 'model-divergences',
      title: 'Answers the model could not explain',
      gist: `${summary.modelDivergences.reference.length} on the reference, ${summary.modelDivergences.candidate.length} on the candidate`,
      body: divergences.length ? `<ul>${divergences.map((line) => `<li><code>${e(line)}</code></li>`).join('')}</ul>` : '<p class="yes">None: each side\'s oracle explained every answer.</p>',
    }),
    summary.cleanupFailures.length
      ? renderCollapsedSection({ id: 'cleanup', title: 'Cleanup problems', gist: `${summary.cleanupFailures.length} resource(s) left`, body: `<ul>${summary.cleanupFailures.map((line) => `<li>${e(line)}</li>`).join('')}</ul>` })
      : '',
  ].join('\n');
}
