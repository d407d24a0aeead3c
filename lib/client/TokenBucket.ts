/**
 * A token bucket with an injected clock, so pacing can be tested without waiting.
 *
 * Implemented as GCRA (the "virtual scheduling" form of a token bucket): it keeps the
 * theoretical arrival time `tat` of the next call instead of a token count. Admission is
 * the same as a bucket of `capacity` tokens refilled at `refillPerSecond`; the difference
 * is that `take()` RESERVES its slot before it sleeps. A sleeper that a busy event loop
 * wakes a little late then does not push every later slot back, so a flat-out run keeps
 * the full rate instead of losing the timer overshoot on every call (measured by
 * `npm run bench`, pacing figure).
 */

/** Options of a TokenBucket. */
export interface TokenBucketOptions {
  /** Tokens added per second; 0 = unlimited (every take succeeds at once). */
  refillPerSecond: number;
  /** Most tokens the bucket holds, i.e. the largest burst. @defaultValue 1 */
  capacity?: number;
  /** Milliseconds from any fixed origin. @defaultValue performance.now */
  now?: () => number;
  /** How take() waits. @defaultValue a setTimeout promise */
  sleep?: (ms: number) => Promise<void>;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Hands out one token per call, refilled continuously at `refillPerSecond`. Starts full. */
export class TokenBucket {
  readonly refillPerSecond: number;
  readonly capacity: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  /** Milliseconds between two tokens. */
  private readonly interval: number;
  /** How far ahead of `tat` a call may go: the burst a full bucket allows. */
  private readonly tolerance: number;
  /** Theoretical arrival time of the next call at the steady rate. */
  private tat: number;

  constructor(options: TokenBucketOptions) {
    this.refillPerSecond = Math.max(0, options.refillPerSecond);
    this.capacity = Math.max(1, options.capacity ?? 1);
    this.now = options.now ?? (() => performance.now());
    this.sleep = options.sleep ?? realSleep;
    this.interval = this.refillPerSecond > 0 ? 1000 / this.refillPerSecond : 0;
    this.tolerance = (this.capacity - 1) * this.interval;
    this.tat = this.now();
  }

  /** True when the bucket never makes anyone wait. */
  get unlimited(): boolean {
    return this.refillPerSecond === 0;
  }

  /** Takes a token if one is there and returns 0; otherwise takes nothing and returns the ms to wait. */
  tryTake(): number {
    if (this.unlimited) return 0;
    const now = this.now();
    const earliest = this.tat - this.tolerance;
    if (now >= earliest) {
      this.tat = Math.max(this.tat, now) + this.interval;
      return 0;
    }
    return earliest - now;
  }

  /** Reserves the next free slot, then sleeps until it. Concurrent callers get consecutive slots. */
  async take(): Promise<void> {
    if (this.unlimited) return;
    const now = this.now();
    const slot = Math.max(now, this.tat - this.tolerance);
    this.tat = Math.max(this.tat, slot) + this.interval;
    if (slot > now) await this.sleep(slot - now);
  }
}
