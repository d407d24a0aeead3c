/**
 * What `npm run soak` adds to summary.json (Summary.soak); absent from conformance runs.
 * Latency percentiles per API are the summary's own `traffic.perEndpoint` (p50/p95/p99).
 */
export interface SoakFacts {
  /** `--duration` as given, e.g. `10m`. */
  duration: string;
  /** The same in ms. */
  plannedMs: number;
  /** Why the soak ended: its deadline, or a signal (Ctrl-C is SIGINT). */
  endedBy: 'deadline' | 'SIGINT' | 'SIGTERM';
  /** Parallel lanes sharing the per-API rate (`--workers`). */
  workers: number;
  /** fast-check runs per round (`--runs-per-round`). */
  runsPerRound: number;
  /** CHAT_RATE_LIMIT the client paced at, per API, all lanes together. */
  rateLimit: number;
  /** Rounds per stateful family, by how they ended. */
  families: SoakFamilyTally[];
  /** HTTP requests sent, retries included. */
  calls: number;
  /** calls / elapsed seconds. */
  callsPerSecond: number;
  /** Rounds that diverged from the model. */
  divergences: number;
  /** Rounds that could not be judged (no answer, a fixture failed). */
  inconclusive: number;
  /** Frequency-limit answers seen, by code (60007, 60018, 60019), retried ones included. */
  frequencyLimitAnswers: Record<string, number>;
  /** Resident set size of the soak process (the embedded mock runs inside it), sampled. */
  memory: { everyMs: number; samples: MemorySample[] };
  /** The replay line of every divergence (the first 100). */
  replays: string[];
  /** What was still on the target after cleanup, and how that was known. */
  leftover: { users: number; chatGroups: number; checkedBy: 'embedded mock state' | 'resource ledger' };
}

/** One stateful family's rounds. */
export interface SoakFamilyTally {
  family: string;
  rule: string;
  passed: number;
  failed: number;
  inconclusive: number;
  /** Property runs completed in all its rounds (the shrink runs of a divergence included). */
  runs: number;
}

/** One memory sample, `atMs` after the soak started. */
export interface MemorySample {
  atMs: number;
  rssBytes: number;
  heapUsedBytes: number;
}
