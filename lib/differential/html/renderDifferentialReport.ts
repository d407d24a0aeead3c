import type { DifferentialSummary } from '../types';
import { renderCandidateVerdict } from './renderCandidateVerdict';
import { renderDifferentialHeader } from './renderDifferentialHeader';
import { renderProbesAndProfiles } from './renderProbesAndProfiles';
import { renderProfileDifferences } from './renderProfileDifferences';
import { diffPage } from '../../report/diffPage';
import { renderStepDifferences } from './renderStepDifferences';

/**
 * The fidelity report of a reference/candidate pair as one self-contained page (the main
 * report's styles, no scripts, no network): differences first (the candidate's broken rules,
 * the undocumented behaviour that differs, the answers that differ with their replay lines),
 * then the details collapsed. Pure; every value is HTML-escaped.
 */
export function renderDifferentialReport(summary: DifferentialSummary): string {
  const nav = [
    ['candidate-conformance', 'Candidate rules'],
    ['profile-differences', 'Profile differences'],
    ['differences', 'Answers that differ'],
    ['probes', 'Probes'],
    ['profiles', 'Profiles'],
  ]
    .map(([id, label]) => `<a href="#${id}">${label}</a>`)
    .join(' · ');
  const title = `Differential ${summary.verdict.toUpperCase()} — ${summary.reference.label} vs ${summary.candidate.label}`;
  const sections = [renderDifferentialHeader(summary, nav), renderCandidateVerdict(summary), renderProfileDifferences(summary), renderStepDifferences(summary), renderProbesAndProfiles(summary)];
  return diffPage(title, sections.join('\n'));
}
