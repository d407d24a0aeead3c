import { escapeHtml as e } from '../../report/escapeHtml';
import type { DifferentialSummary } from '../types';
import { diffFacts } from '../../report/diffFacts';

const VERDICT_CLASS = { equivalent: 'verdict-pass', different: 'verdict-fail', error: 'verdict-error' } as const;

function percent(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${((part / whole) * 100).toFixed(1)} %`;
}

/**
 * The header band: the verdict, the two behaviour-match figures (probes with equivalent
 * answers; choice points on which the profiles agree), and the facts that make the report
 * evidence: both targets (hosts only), suite version, spec hash and seed.
 */
export function renderDifferentialHeader(summary: DifferentialSummary, nav: string): string {
  const { probes, choicePoints } = summary.behaviourMatch;
  const facts: [string, string][] = [
    ['Reference', `${summary.reference.label} · SDKAppID ${summary.reference.sdkAppId}`],
    ['Candidate', `${summary.candidate.label} · SDKAppID ${summary.candidate.sdkAppId}`],
    ['Suite version', summary.suiteVersion],
    ['Spec hash', summary.specHash],
    ['Seed', `${summary.seed} (${summary.randomSequences} random sequences)`],
    ['Started', summary.startedAt],
    ['Duration', `${(summary.durationMs / 1000).toFixed(1)} s`],
    ['Requests', `${summary.reference.requests} + ${summary.candidate.requests}`],
  ];
  const figure = (id: string, score: string, label: string) => `<div class="fidelity" data-testid="${id}"><div class="score">${e(score)}</div><div class="label">${e(label)}</div></div>`;
  const headline = [
    `<div class="verdict ${VERDICT_CLASS[summary.verdict]}" data-testid="verdict">${e(summary.verdict.toUpperCase())}</div>`,
    figure('behaviour-match', percent(probes.equivalent, probes.compared), `behaviour match: ${probes.equivalent} / ${probes.compared} probes with equivalent answers`),
    figure('profile-match', percent(choicePoints.agree, choicePoints.compared), `profiles agree on ${choicePoints.agree} / ${choicePoints.compared} choice points`),
    `<div class="header-text"><h1>Differential fidelity report — v4/recentcontact conversation groups and marks</h1>${diffFacts(facts)}</div>`,
  ];
  const banner = summary.error ? `<div class="error-banner" data-testid="run-error">${e(summary.error)}</div>` : '';
  return `<section id="header" data-testid="header"><div class="headline">${headline.join('\n')}</div>${banner}<nav class="muted">${nav}</nav></section>`;
}
