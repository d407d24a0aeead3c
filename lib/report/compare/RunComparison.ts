/**
 * What `npm run compare -- <run A> <run B>` found between two saved single-target runs
 * (their summary.json): the shape of compare/comparison.json and of the HTML diff.
 */
import type { RuleStatus, Summary } from '../types';

/** One run as the comparison names it. */
export interface RunHeader {
  /** The folder or file given on the command line. */
  source: string;
  target: string;
  startedAt: string;
  verdict: Summary['verdict'];
  fidelity: Summary['fidelity'];
  seed: number;
  suiteVersion: string;
  specHash: string;
}

/** A documented rule whose status is not the same in both runs. */
export interface RuleChange {
  id: string;
  title: string;
  endpoint: string;
  /** `absent` when the run has no such rule (another catalogue version). */
  from: RuleStatus | 'absent';
  to: RuleStatus | 'absent';
  /** passed → failed: the target broke a rule it kept before. */
  regression: boolean;
  /** B's detail (the failure message, skip reason …). */
  detail: string;
}

/** An undocumented-behaviour observation whose answers changed. */
export interface ObservationChange {
  id: string;
  question: string;
  from: string[];
  to: string[];
}

/** A target-profile entry (choice point) whose values changed. */
export interface ProfileChange {
  choice: string;
  gap: string;
  from: string[];
  to: string[];
}

export interface RunComparison {
  a: RunHeader;
  b: RunHeader;
  ruleChanges: RuleChange[];
  observationChanges: ObservationChange[];
  profileChanges: ProfileChange[];
  /** Documented error codes B triggered and A did not. */
  newErrorCodes: { code: number; endpoint: string; meaning: string; how?: string }[];
  /** Rules that went from passed to failed. */
  regressions: number;
}
