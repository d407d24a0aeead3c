/**
 * The shape of `reports/mutation.json`, written by `npm run mutation` (bin/mutation.ts) and read by
 * the `wall` figure of `npm run bench` for the time to kill per fault.
 */

/** One conformance run of the mutation analysis. */
export interface MutationCase {
  /** A seeded fault name, or `preset:default` / `preset:alternative` for the conforming runs. */
  name: string;
  kind: 'fault' | 'conforming';
  /**
   * fault: `killed` (some rule failed), `survived` (the run passed), `error` (no verdict: timeout,
   * exit 2, no summary). conforming: `clean` or `false-alarm` (some rule failed), or `error`.
   */
  status: 'killed' | 'survived' | 'clean' | 'false-alarm' | 'error';
  /** Rules that failed: the killers for a fault, the misfires for a conforming run. */
  failedRules: string[];
  /** The rule the fault is registered as breaking (mock/faults, `breaksRule`), when known. */
  breaksRule?: string;
  /** ms from the run's start to the first failing test's line, when seen. */
  firstFailureMs?: number;
  wallMs: number;
  exitCode: number | null;
  /** One line on what went wrong when status is `error`. */
  error?: string;
}

export interface MutationReport {
  generatedAt: string;
  quick: boolean;
  /** CHAT_RUNS given to each run, when set. */
  runs?: number;
  cases: MutationCase[];
  killed: number;
  faults: number;
  /** Conforming runs with failed rules: `preset:x → rule`. */
  falseAlarms: string[];
}
