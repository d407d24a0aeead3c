/**
 * Defaults of the optional CHAT_* variables (documented in `.env.example`).
 */
export const CONFIG_DEFAULTS = {
  /** Documented maximum call frequency: "200 calls per second" (tencent-chat-api-notes.md §1.3). */
  rateLimit: 200,
  /** GroupName limit in the 2026 docs: "up to 64 bytes" (§3.1, §4.2 conflict note). */
  nameMaxBytes: 64,
  /** Fixed so that CI runs are reproducible; set CHAT_SEED to explore. */
  seed: 20261123,
  runs: 100,
  timeoutMs: 10_000,
  /** Relative to the project root; git-ignored, so a run never changes the checkout. */
  corpusDir: '.conformance/corpus',
} as const;
