/**
 * Which answers are worth another attempt, and how long to wait before it.
 */
import type { ApiPath } from '../apis';

/**
 * ErrorCodes that mean "try again", not "you are wrong" (tencent-chat-api-notes.md
 * §4.2 50004 "Internal server error. | retry", 50005 "Server-side internal
 * timeout. | retry"; §4.1 60007 call frequency, 60018/60019 "Requests too
 * frequent, try again later", 70169 "Server-side internal timeout").
 */
export const RETRYABLE_ERROR_CODES: ReadonlySet<number> = new Set([50004, 50005, 60007, 60018, 60019, 70169]);

/** Bounds of the retry loop. */
export interface RetryPolicy {
  /** Attempts in total, the first included. @defaultValue 4 */
  maxAttempts: number;
  /** Backoff before the 2nd attempt, doubled each time. @defaultValue 100 */
  baseMs: number;
  /** Longest backoff. @defaultValue 2000 */
  capMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 4, baseMs: 100, capMs: 2000 };

/** How one attempt ended, as far as retrying cares. */
export type AttemptResult =
  | { kind: 'envelope'; errorCode: number }
  | { kind: 'http'; status: number }
  | { kind: 'network'; code: string }
  | { kind: 'timeout' }
  | { kind: 'malformed' };

/**
 * True when another attempt may get a different answer. HTTP 5xx counts: the
 * docs say the status "is always 200 unless a network error (such as error
 * 502) occurs" (§1.2). A malformed 200 or a 4xx is the target's answer, not a glitch.
 * A 5xx that persists on one request while the target answers other calls is judged
 * by ServerErrorPolicy.ts.
 */
export function isRetryable(result: AttemptResult): boolean {
  switch (result.kind) {
    case 'envelope':
      return RETRYABLE_ERROR_CODES.has(result.errorCode);
    case 'http':
      return result.status >= 500;
    case 'network':
    case 'timeout':
      return true;
    case 'malformed':
      return false;
  }
}

/**
 * Wait before attempt `failedAttempt + 1`: "full jitter", a uniform pick in
 * [0, min(cap, base × 2^(failedAttempt − 1))], so parallel workers do not retry in step.
 */
export function backoffDelay(failedAttempt: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, failedAttempt - 1));
  return Math.floor(random() * ceiling);
}

/**
 * APIs that can be sent twice with no different effect: reads, and account_import
 * ("If the same account is imported to Chat repeatedly, only one internal ID will
 * be created", §7.1). Retrying any other call after a timeout is allowed, but
 * the transcript records it because the first attempt may have been applied.
 */
export function isIdempotent(api: ApiPath | string): boolean {
  return [
    'recentcontact/search_contact_group',
    'recentcontact/get_contact_group',
    'im_open_login_svc/account_check',
    'im_open_login_svc/account_import',
    'im_open_login_svc/multiaccount_import',
  ].includes(api);
}
