/**
 * The suite's own client: every call signs, paces, retries, times out, checks
 * the spec and records a redacted transcript entry. It uses node:http(s) with a
 * keep-alive agent (Playwright's request fixture is far slower per call).
 */
import http from 'node:http';
import https from 'node:https';
import type { ApiPath } from '../apis';
import { pacerFor } from './Pacer';
import { classifyAttempt } from './classifyAttempt';
import type { Classified } from './classifyAttempt';
import { DEFAULT_RETRY_POLICY, backoffDelay, isIdempotent } from './retryPolicy';
import type { RetryPolicy } from './retryPolicy';
import { RequestTargets } from './RequestTargets';
import { sendOnce } from './sendOnce';
import { Transcript } from './Transcript';
import { UserSigCache } from './UserSigCache';
import type { CallOptions, CallOutcome, ChatClientLike, ChatValidator, Envelope } from './types';

/** Options of a ChatClient. */
export interface ChatClientOptions {
  /** Target base URL without `/v4`, e.g. `https://console.tim.qq.com` or a loopback mock. */
  baseUrl: string;
  sdkAppId: number;
  /** App admin identifier; signs every call unless CallOptions.identifier says otherwise. */
  admin: string;
  secretKey: string;
  /** Calls per second per API for all workers together; 0 = no pacing. */
  rateLimit: number;
  /** Per-attempt timeout in ms. */
  timeoutMs: number;
  /** Spec checks of requests and responses; without it nothing is checked. */
  validator?: ChatValidator;
  /** Where exchanges are recorded. @defaultValue a new Transcript */
  transcript?: Transcript;
  /** Wall clock in ms, for UserSig time. @defaultValue Date.now */
  clock?: () => number;
  /** Uniform [0, 1): the `random` query value and backoff jitter. @defaultValue Math.random */
  random?: () => number;
  /** Attempts per call, the first included. @defaultValue 4 */
  maxAttempts?: number;
  /** How backoff waits. @defaultValue setTimeout */
  sleep?: (ms: number) => Promise<void>;
  /** Backoff base and cap. @defaultValue { baseMs: 100, capMs: 2000 } */
  retry?: Partial<Omit<RetryPolicy, 'maxAttempts'>>;
  /** Worker processes sharing rateLimit. @defaultValue Number(process.env.RCC_WORKERS ?? 2) */
  workers?: number;
  /** Most parallel sockets to the target. @defaultValue 16 */
  maxSockets?: number;
}

/** JSON.parse, or `fallback` when the text is not JSON. */
function parseOr(text: string, fallback: unknown): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return fallback;
  }
}

/** The keep-alive, signed, paced client of a Chat REST target. */
export class ChatClient implements ChatClientLike {
  /** Where every exchange is recorded (redacted). */
  readonly transcript: Transcript;
  private readonly agent: http.Agent;
  private readonly userSigs: UserSigCache;
  private readonly random: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly policy: RetryPolicy;
  private readonly baseUrl: string;
  private readonly targets: RequestTargets;
  private attemptsSent = 0;

  constructor(private readonly options: ChatClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.transcript = options.transcript ?? new Transcript();
    this.transcript.addSecret(options.secretKey);
    this.userSigs = new UserSigCache({
      sdkAppId: options.sdkAppId,
      secretKey: options.secretKey,
      ...(options.clock ? { clock: options.clock } : {}),
      onIssued: (userSig) => this.transcript.addSecret(userSig),
    });
    this.random = options.random ?? Math.random;
    this.targets = new RequestTargets({ baseUrl: this.baseUrl, sdkAppId: options.sdkAppId, admin: options.admin, userSigs: this.userSigs, random: this.random });
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.policy = { ...DEFAULT_RETRY_POLICY, ...options.retry, maxAttempts: Math.max(1, options.maxAttempts ?? DEFAULT_RETRY_POLICY.maxAttempts) };
    const agentOptions = { keepAlive: true, maxSockets: options.maxSockets ?? 16 };
    this.agent = this.baseUrl.startsWith('https:') ? new https.Agent(agentOptions) : new http.Agent(agentOptions);
  }

  /** Number of HTTP attempts sent, retries included. */
  get requestCount(): number {
    return this.attemptsSent;
  }

  /** Sends one call. Never throws for anything the target does; see CallOutcome. */
  async call(api: ApiPath, body: unknown, options: CallOptions = {}): Promise<CallOutcome> {
    const started = performance.now();
    const startedAt = new Date(this.options.clock?.() ?? Date.now()).toISOString();
    const requestBody = options.rawBody ?? (body === undefined ? '{}' : JSON.stringify(body));
    const schemaErrors: string[] = [];
    if (this.options.validator && !options.invalidOnPurpose && options.rawBody === undefined) {
      const verdict = this.options.validator.validateRequest(api, body);
      if (!verdict.valid) schemaErrors.push(...verdict.errors.map((e) => `request: ${e}`));
    }
    const maxAttempts = options.noRetry ? 1 : this.policy.maxAttempts;
    // Pacing off (rate 0) would hand out an unlimited bucket: skip the lookup and the await.
    const bucket = this.options.rateLimit > 0
      ? pacerFor(this.baseUrl, api, { rate: this.options.rateLimit, ...(this.options.workers !== undefined ? { workers: this.options.workers } : {}) })
      : undefined;
    const retries: string[] = [];
    let { href, target } = this.targets.of(api, options);
    let last: Classified | undefined;
    let attempts = 0;
    while (attempts < maxAttempts) {
      if (attempts > 0) {
        await this.sleep(backoffDelay(attempts, this.policy, this.random));
        ({ href, target } = this.targets.of(api, options));
      }
      if (bucket) await bucket.take();
      attempts++;
      this.attemptsSent++;
      last = classifyAttempt(await sendOnce({ target, body: requestBody, agent: this.agent, timeoutMs: options.timeoutMs ?? this.options.timeoutMs }));
      if (last.final || attempts >= maxAttempts) break;
      const risky = last.result.kind === 'timeout' && !isIdempotent(api);
      retries.push(`attempt ${attempts}: ${last.reason}${risky ? ' (non-idempotent call retried: it may have been applied)' : ''}`);
    }
    const elapsedMs = performance.now() - started;
    const outcome = this.outcomeOf(last!, attempts, elapsedMs);
    if (outcome.kind === 'answered' && this.options.validator) {
      const verdict = this.options.validator.validateResponse(api, outcome.body);
      if (!verdict.valid) schemaErrors.push(...verdict.errors.map((e) => `response: ${e}`));
    }
    const httpStatus = outcome.kind === 'inconclusive' ? outcome.lastHttpStatus : outcome.httpStatus;
    const responseBody = outcome.kind === 'inconclusive' ? outcome.lastBody : outcome.rawBody;
    this.transcript.record({
      api,
      url: href,
      requestBody: typeof requestBody === 'string' ? requestBody : requestBody.toString('utf8'),
      ...(httpStatus !== undefined ? { httpStatus } : {}),
      ...(responseBody !== undefined ? { responseBody } : {}),
      startedAt,
      elapsedMs,
      attempts,
      outcome: outcome.kind,
      schemaErrors,
      ...(retries.length > 0 ? { retries } : {}),
    });
    return outcome;
  }

  private outcomeOf(last: Classified, attempts: number, elapsedMs: number): CallOutcome {
    if (last.final && last.outcome === 'answered') {
      // A target that echoes a UserSig (e.g. in ErrorInfo) must not leak it into test failure messages.
      const rawBody = this.transcript.redact(last.raw);
      const body = rawBody === last.raw ? last.body : (parseOr(rawBody, last.body) as Envelope);
      return { kind: 'answered', httpStatus: last.status, body, rawBody, attempts, elapsedMs };
    }
    if (last.final) {
      return { kind: 'malformed', httpStatus: last.status, rawBody: this.transcript.redact(last.raw), reason: last.reason, attempts, elapsedMs };
    }
    return {
      kind: 'inconclusive',
      reason: `${last.reason} after ${attempts} attempt${attempts === 1 ? '' : 's'}`,
      ...(last.status !== undefined ? { lastHttpStatus: last.status } : {}),
      ...(last.raw !== undefined ? { lastBody: this.transcript.redact(last.raw) } : {}),
      attempts,
      elapsedMs,
    };
  }

  /** Closes the keep-alive sockets. The client must not be used afterwards. */
  close(): void {
    this.agent.destroy();
  }
}
