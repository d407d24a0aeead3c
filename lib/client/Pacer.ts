/**
 * One token bucket per (target, API), shared by every ChatClient in the process,
 * so that parallel tests together stay under the documented call frequency
 * ("Maximum call frequency: 200 calls per second", account_check "100
 * times/second"; tencent-chat-api-notes.md §1.3, 60007 on overflow).
 */
import { documentedRatePerSecond } from '../apis';
import type { ApiPath } from '../apis';
import { TokenBucket } from './TokenBucket';

/**
 * Default worker count: the same default as playwright.config.ts
 * (`workers: Number(process.env.RCC_WORKERS ?? 2)`). Why not 1: assuming fewer
 * workers than are running would let them together exceed the cap; assuming
 * more only slows the run.
 */
export const DEFAULT_WORKERS = 2;

/** Options of pacerFor. */
export interface PacerOptions {
  /** CHAT_RATE_LIMIT: calls per second per API for all workers together; 0 = off. */
  rate: number;
  /** Playwright worker processes sharing the rate. @defaultValue Number(process.env.RCC_WORKERS ?? DEFAULT_WORKERS) */
  workers?: number;
  /** Milliseconds clock for the bucket. @defaultValue performance.now */
  now?: () => number;
  /** How a bucket waits. @defaultValue setTimeout */
  sleep?: (ms: number) => Promise<void>;
}

/** The refill rate and burst size one process gets. */
export interface BucketShape {
  refillPerSecond: number;
  capacity: number;
}

/**
 * The bucket one process gets out of `rate` calls per second.
 *
 * Why × 0.98 / workers: Playwright workers are separate processes with no shared
 * memory, so each takes an equal share, with 2 % headroom for clock drift
 * between our measurement and the server's.
 *
 * Why refill = floor(share) − capacity + 1: a bucket holds at most `capacity`
 * tokens, so the takes in any half-open 1-second window number at most
 * `capacity + ceil(refill × 1 s) − 1` (the window opens with a full bucket and
 * the last refill token lands strictly before it closes). With an integer refill
 * that is exactly floor(share). Client-side delays only make takes later, never
 * more. Capacity is 1: every extra token of burst costs one call per second of
 * steady rate (a burst of share/10 held a flat-out run at ~89 % of the cap, measured
 * by `npm run bench`), and the suite gains nothing from bursts.
 * Below one call per second per worker (share < 1) no bucket can do better than
 * one call per window; the refill then equals the share.
 */
export function bucketShape(rate: number, workers: number): BucketShape {
  if (rate <= 0) return { refillPerSecond: 0, capacity: 1 };
  const share = (rate * 0.98) / Math.max(1, workers);
  if (share < 1) return { refillPerSecond: share, capacity: 1 };
  const perWindow = Math.floor(share);
  const capacity = 1;
  return { refillPerSecond: perWindow - capacity + 1, capacity };
}

const registry = new Map<string, TokenBucket>();

/**
 * The process-wide bucket for `api` on the target at `baseUrl`. The rate is the
 * configured one, but never above the API's documented frequency.
 * Callers asking with another shape get their own bucket (keyed by shape too).
 */
export function pacerFor(baseUrl: string, api: ApiPath, options: PacerOptions): TokenBucket {
  const workers = options.workers ?? Number(process.env.RCC_WORKERS ?? DEFAULT_WORKERS);
  const rate = options.rate > 0 ? Math.min(options.rate, documentedRatePerSecond(api)) : 0;
  const shape = bucketShape(rate, Number.isFinite(workers) && workers > 0 ? workers : DEFAULT_WORKERS);
  const key = `${baseUrl} ${api} ${shape.refillPerSecond}/${shape.capacity}`;
  let bucket = registry.get(key);
  if (!bucket) {
    bucket = new TokenBucket({
      ...shape,
      ...(options.now ? { now: options.now } : {}),
      ...(options.sleep ? { sleep: options.sleep } : {}),
    });
    registry.set(key, bucket);
  }
  return bucket;
}

/** Forgets every bucket (tests only). */
export function resetPacers(): void {
  registry.clear();
}
