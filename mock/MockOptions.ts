/**
 * Options and handle of the reference mock server (startMockServer.ts).
 */
import type { ModelConfig, ModelState, UndocumentedChoices } from '../lib/model/types';

/** Which product edition the mock app is on. */
export type MockEdition = 'pro' | 'basic';

/** A transient error injected at a fixed rate (tencent-chat-api-notes.md §4.2: 50004 "Internal server error", 50005 "Server-side internal timeout"; both "retry"). */
export interface InjectedError {
  readonly code: 50004 | 50005;
  /** Fraction of the calls that reach the model, 0..1. */
  readonly rate: number;
}

/**
 * A seeded flaky network (mock/http/FlakyNetwork.ts): fractions 0..1 of the requests, summing
 * to at most 1. Half of the 502s come after the mock applied the request.
 */
export interface FlakyOptions {
  /** Connection cut before the request reaches the mock. @defaultValue 0 */
  reset?: number;
  /** HTTP 502 with an HTML body. @defaultValue 0 */
  badGateway?: number;
  /** Request applied, then the connection cut without an answer. @defaultValue 0 */
  lost?: number;
  /** Seed of the fault draws. @defaultValue 1 */
  seed?: number;
}

/** How to start the mock. Every field is optional. */
export interface MockOptions {
  /** Interface to listen on. Only loopback is meant. @defaultValue '127.0.0.1' */
  host?: string;
  /** TCP port; 0 picks a free one. @defaultValue 0 */
  port?: number;
  /** The app's SDKAppID. @defaultValue EMBEDDED_DEFAULTS.sdkAppId */
  sdkAppId?: number;
  /** The App admin identifier. @defaultValue EMBEDDED_DEFAULTS.admin */
  admin?: string;
  /** The app's SecretKey (never logged). @defaultValue EMBEDDED_DEFAULTS.secretKey */
  secretKey?: string;
  /** Model configuration; wins over `preset` (not allowed with `chaos`). @defaultValue DEFAULT_CONFIG */
  config?: ModelConfig;
  /**
   * `alternative` flips every undocumented choice (ALTERNATIVE_CONFIG); `chaos` draws them
   * from `chaosSeed` (mock/ChaosChoices.ts). @defaultValue 'default'
   */
  preset?: 'default' | 'alternative' | 'chaos';
  /** Seed of the `chaos` preset's draws; only with `preset: 'chaos'`. @defaultValue 1 */
  chaosSeed?: number;
  /** A seeded flaky network in front of the mock. @defaultValue none */
  flaky?: FlakyOptions;
  /** Group-name limit in UTF-8 bytes, replacing the config's. @defaultValue the config's (64) */
  nameMaxBytes?: number;
  /** Calls per second per API (token bucket); 0 = off. @defaultValue 200 */
  rateLimit?: number;
  /** Code answered over the rate limit (notes §1.3: 60007, 60018 or 60019). @defaultValue 60007 */
  rateLimitCode?: number;
  /** `basic` answers every conversation-group call with 51013. @defaultValue 'pro' */
  edition?: MockEdition;
  /** Transient errors injected at a seeded, deterministic rate. @defaultValue [] */
  inject?: readonly InjectedError[];
  /** Seeded fault names (mock/faults/index.ts). @defaultValue [] */
  faults?: readonly string[];
  /** Wall clock in ms; the model and the UserSig check get `floor(clock() / 1000)`. @defaultValue Date.now */
  clock?: () => number;
  /** Largest request body accepted, in bytes. @defaultValue 1048576 (1 MiB) */
  maxBodyBytes?: number;
  /** Seed of the injected-error draws. @defaultValue 1 */
  seed?: number;
}

/** Counters of what the mock has served. */
export interface MockStats {
  /** Every HTTP request received, valid or not, except those the flaky network cut or answered 502 before the mock saw them. */
  requests: number;
  /** Requests per known API path (`recentcontact/update_contact_group`, …). */
  byApi: Record<string, number>;
  /** TCP connections accepted (keep-alive reuses one). */
  connections: number;
  /** Requests whose handling threw; each was answered 50004. Should stay 0. */
  internalErrors: number;
}

/** A running mock. */
export interface RunningMock {
  /** `http://127.0.0.1:PORT`, without a trailing slash. */
  url: string;
  port: number;
  /** Stops listening and closes idle and active sockets. */
  close(): Promise<void>;
  /** Forgets all state: model, fault side state, rate buckets, injection draws. Stats are kept. */
  reset(): void;
  /** The current model state. */
  state(): ModelState;
  stats(): MockStats;
  /** The values of the `fixed` choice points this mock uses (for `chaos`, its draw), to compare with what a suite learned. */
  fixedChoices(): Readonly<Partial<UndocumentedChoices>>;
}
