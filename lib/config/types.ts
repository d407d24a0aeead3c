/**
 * The suite's configuration, read from `.env` and the environment by loadConfig.ts.
 * Every variable is documented in `.env.example`.
 */

/** Where the calls go. */
export type Target =
  /** No CHAT_TARGET_URL or CHAT_REGION: the embedded reference mock, started on a free loopback port. */
  | { kind: 'embedded' }
  /** CHAT_TARGET_URL, or CHAT_REGION mapped to its documented domain. */
  | { kind: 'remote'; baseUrl: string; region?: string };

export interface SuiteConfig {
  target: Target;
  /** CHAT_SDKAPPID. */
  sdkAppId: number;
  /** CHAT_ADMIN: the App admin identifier that signs every call. */
  admin: string;
  /** CHAT_SECRET_KEY. Never logged; redacted from every transcript and report. */
  secretKey: string;
  /** CHAT_RATE_LIMIT: calls per second per API, shared by all workers; 0 = off. @defaultValue 200 */
  rateLimit: number;
  /** CHAT_NAME_MAX_BYTES: group-name limit in UTF-8 bytes. @defaultValue 64 */
  nameMaxBytes: number;
  /** CHAT_SEED: seed for every random choice, fast-check included. */
  seed: number;
  /** CHAT_RUNS: fast-check runs per property. */
  runs: number;
  /** CHAT_PATH: fast-check replay path, set only to replay a failure. */
  replayPath?: string;
  /** CHAT_REPLAY_PATH: the fast-check commands' replayPath, printed with a stateful failure (goes with CHAT_PATH). */
  replayCommands?: string;
  /** CHAT_TIMEOUT_MS: per-attempt HTTP timeout. @defaultValue 10000 */
  timeoutMs: number;
  /**
   * CHAT_CORPUS_DIR: where a run stores the stateful counterexamples it finds, one folder per
   * target, replayed first on the next run against that target. A relative path is relative
   * to the current directory. @defaultValue `.conformance/corpus` in the project root (git-ignored)
   */
  corpusDir?: string;
}

/** A configuration problem: one line that names the variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
  }
}
