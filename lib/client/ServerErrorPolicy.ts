/**
 * Tells a server error on one request from a target that is down or flapping.
 *
 * The client retries an HTTP 5xx and, if it persists, calls the request inconclusive. This
 * wrapper looks again at such a call: it sends the request again (without the client's own
 * retries, which the first call had already used), then makes a cheap documented control
 * call, then sends the request once more. When every send of the request was answered 5xx
 * and the control call was answered OK in between, the 5xx is the target's answer to this
 * input, not a network error: the call ends `malformed` (serverErrorVerdict.ts) and the
 * suite fails the rule. When the control call fails too, or cannot be made, the call stays
 * inconclusive; when any send is answered otherwise, that answer is returned.
 *
 * Why the control call sits before the last send: a target that was down for a moment and
 * came back answers the control OK and then the request too, so it is never judged.
 * A target that fails a share p of calls at random is judged wrongly with probability
 * p^(attempts+1) × (1 − p) × p per call: about 6e-11 for p = 2 % with the client's 4 attempts.
 *
 * The docs are silent on how many repeats prove anything; 3 sends of the request is our choice.
 */
import type { ApiPath } from '../apis';
import { DEFAULT_RETRY_POLICY, backoffDelay } from './retryPolicy';
import type { RetryPolicy } from './retryPolicy';
import { isServerErrorAnswer, serverErrorVerdict } from './serverErrorVerdict';
import type { ServerErrorOutcome } from './serverErrorVerdict';
import type { CallOptions, CallOutcome, ChatClientLike } from './types';

/** Options of a ServerErrorPolicy. */
export interface ServerErrorPolicyOptions {
  /**
   * A cheap, valid, documented call the target should answer OK right now, e.g. a
   * search_contact_group of a user the run imported. Resolves undefined when none can be
   * made (then a persistent 5xx stays inconclusive). Must not go through this policy.
   */
  control: () => Promise<CallOutcome | undefined>;
  /** Sends of the request that must all be answered 5xx, the first included. Minimum 2. @defaultValue 3 */
  repeats?: number;
  /** How waits between sends happen. @defaultValue setTimeout */
  sleep?: (ms: number) => Promise<void>;
  /** Uniform [0, 1) for the backoff jitter. @defaultValue Math.random */
  random?: () => number;
  /** Backoff between sends. @defaultValue the client's { baseMs: 100, capMs: 2000 } */
  backoff?: Partial<Pick<RetryPolicy, 'baseMs' | 'capMs'>>;
}

/** A ChatClientLike that turns a repeatable 5xx on one request into a `malformed` answer. */
export class ServerErrorPolicy implements ChatClientLike {
  private readonly repeats: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;
  private readonly backoff: RetryPolicy;

  constructor(
    private readonly inner: ChatClientLike,
    private readonly options: ServerErrorPolicyOptions,
  ) {
    this.repeats = Math.max(2, options.repeats ?? 3);
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.random = options.random ?? Math.random;
    this.backoff = { ...DEFAULT_RETRY_POLICY, ...options.backoff };
  }

  get requestCount(): number {
    return this.inner.requestCount;
  }

  async call(api: ApiPath, body: unknown, options: CallOptions = {}): Promise<CallOutcome> {
    const started = performance.now();
    const first = await this.inner.call(api, body, options);
    if (!isServerErrorAnswer(first)) return first;
    let attempts = first.attempts;
    let repeats = 1;
    const sendAgain = async (): Promise<CallOutcome> => {
      await this.sleep(backoffDelay(repeats, this.backoff, this.random));
      const next = await this.inner.call(api, body, { ...options, noRetry: true });
      attempts += next.attempts;
      return { ...next, attempts, elapsedMs: performance.now() - started };
    };
    while (repeats < this.repeats - 1) {
      const next = await sendAgain();
      if (!isServerErrorAnswer(next)) return next;
      repeats++;
    }
    const problem = controlProblem(await this.options.control());
    if (problem !== undefined) return stillInconclusive(first, repeats, problem, attempts, performance.now() - started);
    const confirm = await sendAgain();
    if (!isServerErrorAnswer(confirm)) return confirm;
    return serverErrorVerdict(confirm, repeats + 1, attempts, performance.now() - started);
  }
}

/** Why the control call does not show a healthy target; undefined when it was answered OK. */
function controlProblem(control: CallOutcome | undefined): string | undefined {
  if (control === undefined) return 'no control call could be made (no user imported yet)';
  switch (control.kind) {
    case 'inconclusive':
      return `control call failed too: ${control.reason}`;
    case 'malformed':
      return `control call failed too: HTTP ${control.httpStatus}, ${control.reason}`;
    case 'answered':
      if (control.httpStatus === 200 && control.body.ErrorCode === 0) return undefined;
      return `control call answered HTTP ${control.httpStatus} with ErrorCode ${String(control.body.ErrorCode)}`;
  }
}

function stillInconclusive(first: ServerErrorOutcome, repeats: number, problem: string, attempts: number, elapsedMs: number): CallOutcome {
  return { ...first, reason: `${first.reason} (repeated ${repeats} times); ${problem}`, attempts, elapsedMs };
}
