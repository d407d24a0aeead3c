/**
 * A token bucket with an injected clock, so pacing can be tested without waiting.
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
  private tokens: number;
  private last: number;

  constructor(options: TokenBucketOptions) {
    this.refillPerSecond = Math.max(0, options.refillPerSecond);
    this.capacity = Math.max(1, options.capacity ?? 1);
    this.now = options.now ?? (() => performance.now());
    this.sleep = options.sleep ?? realSleep;
    this.tokens = this.capacity;
    this.last = this.now();
  }

  /** True when the bucket never makes anyone wait. */
  get unlimited(): boolean {
    return this.refillPerSecond === 0;
  }

  /** Takes a token if one is there and returns 0; otherwise takes nothing and returns the ms to wait. */
  tryTake(): number {
    if (this.unlimited) return 0;
    const now = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) * this.refillPerSecond) / 1000);
    this.last = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return 0;
    }
    // Why ceil and at least 1 ms: a 0-ms answer would make take() spin instead of sleeping.
    return Math.max(1, Math.ceil(((1 - this.tokens) * 1000) / this.refillPerSecond));
  }

  /** Resolves once a token is taken. Concurrent callers each sleep and retry. */
  async take(): Promise<void> {
    for (let wait = this.tryTake(); wait > 0; wait = this.tryTake()) await this.sleep(wait);
  }
}
