/**
 * The shape of `reports/summary.json`, written on every conformance run
 * (including a failed or interrupted one). The HTML report reads it.
 */
import type { TranscriptEntry } from '../client/types';

export type RuleStatus = 'passed' | 'failed' | 'skipped' | 'inconclusive';

export interface RuleResult {
  /** Stable id, e.g. `update.rename.name-too-long.51011`. */
  id: string;
  /** API path, e.g. `recentcontact/update_contact_group`. */
  endpoint: string;
  title: string;
  /** Quote of the source document and where it comes from. */
  source: { quote: string; document: string };
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
  traffic: TrafficStats;
  /** Cleanup problems against a real target. */
  cleanupFailures: string[];
  /** Problems of the report itself (unreadable attachments, a missing catalogue), one line each. */
  reportProblems?: string[];
}
