/**
 * The shape of `reports/differential/summary.json`, written by `npm run differential`
 * (bin/differential.ts); the HTML report (html/renderDifferentialReport.ts) reads it.
 */
import type { TranscriptEntry } from '../client/types';
import type { Summary, TargetProfileEntry } from '../report/types';

/** One target of the pair as the report names it. Never a credential. */
export interface SideFacts {
  /** Host only, or `embedded mock (preset alternative, faults clear-mark-ignored)`. */
  label: string;
  sdkAppId: number;
  /** HTTP attempts sent, retries and fixtures included. */
  requests: number;
}

/** One step whose answers differ, with everything needed to see and reproduce it. */
export interface StepDifference {
  probe: string;
  probeTitle: string;
  /** 0-based index of the step in its probe. */
  step: number;
  stepTitle: string;
  /** The first field that differs, e.g. `ResultItem[c2c:{u0}p1].StandardMark`. */
  path: string;
  reference: string;
  candidate: string;
  /** The step's calls on each side (several for a read-all step): request, answer, URL with the UserSig redacted. */
  exchanges: { reference: TranscriptEntry[]; candidate: TranscriptEntry[] };
  /** Reruns this probe up to this step against both targets: `CHAT_SEED=… npm run differential -- --replay <probe>/<step>`. */
  replay: string;
}

/** How one probe went. */
export interface ProbeOutcome {
  id: string;
  kind: 'choice' | 'rule' | 'random';
  title: string;
  choice?: string;
  /** Steps sent to both sides. */
  steps: number;
  /** Steps whose answers differ. */
  differences: number;
  /** Steps that could not be compared (an answer lost on either side), one line each. */
  inconclusive: string[];
  /** For a choice probe: the value each side's answers showed. */
  revealed?: { reference?: string; candidate?: string };
}

/** A choice point the two target profiles resolve differently. */
export interface ProfileDifference {
  choice: string;
  gap: string;
  scope: 'fixed' | 'per-request';
  /** Values seen; empty when the probes never saw the point resolved on that side. */
  reference: string[];
  candidate: string[];
  /** e.g. `reference reuses a deleted GroupId (reuse-lowest); candidate never reuses one (monotonic)`. */
  words: string;
}

/** The candidate's documented-rule verdict from its own conformance run. */
export type CandidateConformance =
  | { ran: true; verdict: Summary['verdict']; fidelity: Summary['fidelity']; failedRules: { id: string; title: string; detail: string }[]; reportDir: string; error?: string }
  | { ran: false; reason: string };

export interface DifferentialSummary {
  kind: 'differential';
  /** `equivalent`: every compared answer and profile entry matched and the candidate broke no documented rule. */
  verdict: 'equivalent' | 'different' | 'error';
  /** One line when the verdict is `error`. */
  error?: string;
  /** Set when Ctrl-C (or SIGTERM) stopped the probes early. */
  interrupted?: boolean;
  reference: SideFacts;
  candidate: SideFacts;
  suiteVersion: string;
  specHash: string;
  /** CHAT_SEED: the random sequences and the conformance run's seed. */
  seed: number;
  /** Random sequences sent (`--random`). */
  randomSequences: number;
  startedAt: string;
  durationMs: number;
  behaviourMatch: {
    /** Probes whose every compared answer was equivalent, of the probes compared. */
    probes: { equivalent: number; compared: number };
    /** Choice points both profiles resolve alike, of those either side showed. */
    choicePoints: { agree: number; compared: number };
  };
  differences: StepDifference[];
  probes: ProbeOutcome[];
  profiles: { reference: TargetProfileEntry[]; candidate: TargetProfileEntry[] };
  profileDifferences: ProfileDifference[];
  /** Answers the executable model could not explain, per side (each side's own Oracle). */
  modelDivergences: { reference: string[]; candidate: string[] };
  candidateConformance: CandidateConformance;
  /** Resources the cleanup could not remove, one line each. */
  cleanupFailures: string[];
}
