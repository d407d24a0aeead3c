/**
 * The contract of the suite's own keep-alive client (ChatClient.ts).
 * Every call the suite makes goes through it: it signs, paces, retries,
 * times out, validates against the spec and records a redacted transcript.
 */
import type { ApiPath } from '../apis';

/** The documented envelope plus the API's own fields (§1.2). */
export interface Envelope {
  ActionStatus: string;
  ErrorCode: number;
  ErrorInfo: string;
  ErrorDisplay?: string;
  [field: string]: unknown;
}

/** How one call ended. */
export type CallOutcome =
  /** The target answered with HTTP 200 and a JSON object (which may still be a FAIL envelope). */
  | { kind: 'answered'; httpStatus: number; body: Envelope; rawBody: string; attempts: number; elapsedMs: number }
  /** The target answered, but not with HTTP 200 + a JSON object: a conformance-relevant fact. */
  | { kind: 'malformed'; httpStatus: number; rawBody: string; reason: string; attempts: number; elapsedMs: number }
  /**
   * Still failing after bounded retries (50004, 50005, 60007, 60018, 60019, 70169,
   * HTTP 5xx, network errors, timeouts). Never a conformance failure.
   */
  | { kind: 'inconclusive'; reason: string; lastHttpStatus?: number; lastBody?: string; attempts: number; elapsedMs: number };

/** Per-call options. */
export interface CallOptions {
  /** Identifier to sign as. @defaultValue the configured admin */
  identifier?: string;
  /** Send this raw body instead of JSON.stringify(body) (malformed-JSON tests). */
  rawBody?: string | Buffer;
  /** Override the query string parameters, e.g. a bad usersig. Values are sent as given. */
  query?: Partial<Record<'sdkappid' | 'identifier' | 'usersig' | 'random' | 'contenttype', string | undefined>>;
  /** Skip request-schema validation (for deliberately invalid requests). @defaultValue false */
  invalidOnPurpose?: boolean;
  /** Disable retries for this call (gateway-error tests). @defaultValue false */
  noRetry?: boolean;
  /** Per-attempt timeout in ms. @defaultValue the client's timeoutMs */
  timeoutMs?: number;
}

/** One recorded exchange. Secrets are redacted before it is stored. */
export interface TranscriptEntry {
  seq: number;
  api: ApiPath | string;
  /** The URL with `usersig` replaced by `<redacted>`. */
  url: string;
  requestBody: string;
  httpStatus?: number;
  responseBody?: string;
  startedAt: string;
  elapsedMs: number;
  attempts: number;
  outcome: CallOutcome['kind'];
  /** Schema problems found in the request or response, one readable line each. */
  schemaErrors: string[];
  /** The Playwright test that made the call, when known. */
  testId?: string;
  /**
   * One line per retried attempt, e.g. `attempt 1: timeout after 10000 ms (non-idempotent call retried: it may have been applied)`.
   * Absent when the first attempt was final.
   */
  retries?: string[];
}

/** The client as the suite uses it. */
export interface ChatClientLike {
  call(api: ApiPath, body: unknown, options?: CallOptions): Promise<CallOutcome>;
  /** Number of calls sent (attempts included). */
  readonly requestCount: number;
}

/** The verdict of a schema check: one readable line per problem. */
export type ValidationVerdict = { valid: true } | { valid: false; errors: string[] };

/** Checks requests and responses against the spec (lib/spec provides one). */
export interface ChatValidator {
  validateRequest(api: ApiPath, body: unknown): ValidationVerdict;
  validateResponse(api: ApiPath, body: unknown): ValidationVerdict;
}
