/**
 * The shape of `reports/summary.json`, written on every conformance run
 * (including a failed or interrupted one). The HTML report reads it.
 */
import type { TranscriptEntry } from '../client/types';
import type { SoakFacts } from '../soak/SoakFacts';

export type RuleStatus = 'passed' | 'failed' | 'skipped' | 'inconclusive';

export interface RuleResult {
  /** Stable id, e.g. `update.rename.name-too-long.51011`. */
  id: string;
  /** API path, e.g. `recentcontact/update_contact_group`. */
  endpoint: string;
  title: string;
  /** The public page the rule comes from (title and URL) and the sentence quoted from it. */
  source: { title: string; url: string; quote: string };
  status: RuleStatus;
  /** Why: the failure message, the skip reason, or what made it inconclusive. */
  detail: string;
  /** Titles of the tests that checked this rule. */
  tests: string[];
  /** Evidence for a failure: expected vs actual, exchanges, reproducer. */
  evidence?: RuleEvidence[];
}

export interface RuleEvidence {
  test: string;
  expected?: string;
  actual?: string;
  exchanges: TranscriptEntry[];
  /** curl commands that reproduce it, UserSig redacted. */
  curl: string[];
  /** One-line command that replays the failing test. */
  replay: string;
  /**
   * For stateful failures: the shrunk command list and the diverging step index,
   * and the command that replays exactly this counterexample (FailureDetail.sequence.replay).
   */
  sequence?: { commands: string[]; divergingStep: number; seed: number; path: string; family: string; replay?: string };
}

/** Undocumented behaviour seen on the target: recorded, never a failure. */
export interface Observation {
  /** e.g. `standard-mark.bit-order`. */
  id: string;
  endpoint: string;
  question: string;
  observed: string;
  /** The test or tests (joined with `; `) that saw it. */
  test: string;
  /** How many times this exact answer was seen (merged rows). */
  seen?: number;
}

/** A documented limit and the values tried against it. */
export interface LimitProbe {
  rule: string;
  limit: string;
  tried: { value: string; expected: string; actual: string; ok: boolean }[];
}

/** A documented error code and whether the run triggered it. */
export interface ErrorCodeCoverage {
  code: number;
  endpoint: string;
  meaning: string;
  triggered: boolean;
  how?: string;
  answeredAsDocumented?: boolean;
}

/** The sentence-coverage matrix as the report shows it: the figure and one row per sentence. */
export interface SentenceCoverage {
  /** Sentences that catalogue rules test. */
  tested: number;
  /** Sentences no rule tests, each with its reason. */
  excused: number;
  /** Sentences with neither (the self-tests keep this 0), or naming only rules the catalogue lacks. */
  open: number;
  total: number;
  rows: SentenceCoverageRow[];
}

export interface SentenceCoverageRow {
  /** The page title and URL the sentence is on. */
  page: { title: string; url: string };
  sentence: string;
  status: 'tested' | 'excused' | 'open';
  /** The catalogue rules that test it. */
  rules: string[];
  /** Why no rule tests it (excused), or what is missing (open). */
  reason?: string;
}

export interface TrafficStats {
  perEndpoint: { api: string; requests: number; p50: number; p95: number; p99: number; retries: number; inconclusive: number }[];
}

export interface Summary {
  /** Host only (no credentials, no query), or `embedded mock`. */
  target: string;
  sdkAppId?: number;
  suiteVersion: string;
  specHash: string;
  seed: number;
  startedAt: string;
  durationMs: number;
  verdict: 'pass' | 'fail' | 'error';
  /** One line when verdict is `error`. */
  error?: string;
  requests: number;
  /** passed / (passed + failed) over documented rules. */
  fidelity: { passed: number; applicable: number };
  rules: RuleResult[];
  observations: Observation[];
  limits: LimitProbe[];
  errorCodes: ErrorCodeCoverage[];
  /** Which documented sentences the catalogue tests or excuses (lib/rules/sentenceMatrix.ts); absent when it could not be loaded. */
  sentenceCoverage?: SentenceCoverage;
  traffic: TrafficStats;
  /** Cleanup problems against a real target. */
  cleanupFailures: string[];
  /**
   * What the run learned about the target's undocumented behaviour: one entry per choice point
   * of lib/model/choicePoints.ts that a test or the stateful oracle saw resolved. The same store
   * for the observation tests and the oracle's pinned choices. @defaultValue []
   */
  targetProfile?: TargetProfileEntry[];
  /** Problems of the report itself (unreadable attachments, a missing catalogue), one line each. */
  reportProblems?: string[];
  /** Set on a `--shard=current/total` run (SummaryReporter), so report:merge can tell a missing shard. */
  shard?: ShardInfo;
  /** Set by `npm run report:merge`: the runs this summary was merged from. */
  mergedFrom?: MergedSource[];
  /** Set by `npm run soak`: duration, calls, memory over time, frequency-limit answers, replays. */
  soak?: SoakFacts;
}

/** Playwright's `FullConfig.shard`. */
export interface ShardInfo {
  current: number;
  total: number;
}

/** One run a merged summary came from. */
export interface MergedSource {
  /** The reports folder as given on the command line. */
  dir: string;
  shard?: ShardInfo;
  verdict: Summary['verdict'];
}

/** One undocumented choice point as the target resolved it (lib/model/choicePoints.ts). */
export interface TargetProfileEntry {
  /** Choice point name, e.g. `standardMarkBitOrder`. */
  choice: string;
  /** The gap in the documents this point fills, one sentence. */
  gap: string;
  /** Every value seen, readable (`msb-first`, `50002`); several when it varied per request. */
  values: string[];
  /** Whether a server is expected to keep it fixed for a run, or may vary it per request. */
  scope: 'fixed' | 'per-request';
  /** The tests that saw it. */
  tests: string[];
}
