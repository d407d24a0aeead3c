import type { DifferentialRun } from './runDifferential';
import type { CandidateConformance, DifferentialSummary, SideFacts } from './types';

/** Everything a summary is made of besides the lockstep run. */
export interface SummaryFacts {
  readonly reference: SideFacts;
  readonly candidate: SideFacts;
  readonly suiteVersion: string;
  readonly specHash: string;
  readonly seed: number;
  readonly randomSequences: number;
  readonly startedAt: Date;
  readonly durationMs: number;
  readonly candidateConformance: CandidateConformance;
  readonly cleanupFailures: readonly string[];
  /** A problem that kept the run from a verdict, one line. */
  readonly error?: string;
}

/** An empty lockstep run, for a summary written when the probes never ran. */
export const NO_RUN: DifferentialRun = {
  probes: [],
  differences: [],
  profiles: { reference: [], candidate: [] },
  profileDifferences: [],
  modelDivergences: { reference: [], candidate: [] },
  choicePoints: { agree: 0, compared: 0 },
  interrupted: false,
};

/**
 * The fidelity summary of the pair. The verdict is `equivalent` only when every compared
 * answer and profile entry matched and the candidate's own conformance run (when it ran)
 * passed; `error` when the run could not give one (interrupted, a side unreachable, the
 * conformance run without a verdict).
 */
export function buildDifferentialSummary(run: DifferentialRun, facts: SummaryFacts): DifferentialSummary {
  const compared = run.probes.filter((probe) => probe.steps > 0);
  const conformance = facts.candidateConformance;
  const error =
    facts.error ??
    (run.interrupted ? 'interrupted before every probe ran' : undefined) ??
    (conformance.ran && conformance.verdict === 'error' ? `the candidate's conformance run gave no verdict: ${conformance.error ?? 'see its report'}` : undefined);
  const same = run.differences.length === 0 && run.profileDifferences.length === 0 && (!conformance.ran || conformance.verdict === 'pass');
  return {
    kind: 'differential',
    verdict: error !== undefined ? 'error' : same ? 'equivalent' : 'different',
    ...(error !== undefined && { error }),
    ...(run.interrupted && { interrupted: true }),
    reference: facts.reference,
    candidate: facts.candidate,
    suiteVersion: facts.suiteVersion,
    specHash: facts.specHash,
    seed: facts.seed,
    randomSequences: facts.randomSequences,
    startedAt: facts.startedAt.toISOString(),
    durationMs: Math.round(facts.durationMs),
    behaviourMatch: {
      probes: { equivalent: compared.filter((probe) => probe.differences === 0).length, compared: compared.length },
      choicePoints: run.choicePoints,
    },
    differences: run.differences,
    probes: run.probes,
    profiles: run.profiles,
    profileDifferences: run.profileDifferences,
    modelDivergences: run.modelDivergences,
    candidateConformance: conformance,
    cleanupFailures: [...facts.cleanupFailures],
  };
}
