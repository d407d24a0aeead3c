import type { MemorySample } from './SoakFacts';

/** Options of a MemorySampler. */
export interface MemorySamplerOptions {
  /** Sampling period. @defaultValue 5000 ms */
  everyMs?: number;
  /** Reads the process memory. @defaultValue process.memoryUsage */
  read?: () => { rss: number; heapUsed: number };
  /** Milliseconds clock. @defaultValue performance.now */
  now?: () => number;
}

/**
 * Samples the process's resident set size (and heap) every few seconds, so a soak shows memory
 * over time: a line that keeps climbing across hours is a leak in the client or the mock. One
 * sample at start, one per period, one at stop. The timer is unref'd: it never keeps the
 * process alive.
 */
export class MemorySampler {
  readonly everyMs: number;
  private readonly taken: MemorySample[] = [];
  private readonly read: () => { rss: number; heapUsed: number };
  private readonly now: () => number;
  private readonly startedAt: number;
  private timer: NodeJS.Timeout | undefined;

  constructor(options: MemorySamplerOptions = {}) {
    this.everyMs = options.everyMs ?? 5000;
    this.read = options.read ?? (() => process.memoryUsage());
    this.now = options.now ?? (() => performance.now());
    this.startedAt = this.now();
    this.sample();
    this.timer = setInterval(() => this.sample(), this.everyMs);
    this.timer.unref();
  }

  /** The samples so far, oldest first. */
  samples(): MemorySample[] {
    return [...this.taken];
  }

  /** Takes the last sample and stops the timer. Idempotent. */
  stop(): MemorySample[] {
    if (this.timer !== undefined) {
      clearInterval(this.timer);
      this.timer = undefined;
      this.sample();
    }
    return this.samples();
  }

  private sample(): void {
    // The time first: reading the memory can take milliseconds on a busy machine, and the start
    // sample is at 0 by definition.
    const atMs = Math.round(this.now() - this.startedAt);
    const { rss, heapUsed } = this.read();
    this.taken.push({ atMs, rssBytes: rss, heapUsedBytes: heapUsed });
  }
}
