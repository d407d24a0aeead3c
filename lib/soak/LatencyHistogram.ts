/** Smallest latency told apart, in ms; everything at or below it shares the first bucket. */
const FLOOR_MS = 0.01;
/** Bucket width ratio: each bucket's upper bound is 2 % above the previous one. */
const RATIO = 1.02;
const LOG_RATIO = Math.log(RATIO);

/**
 * Latencies of a long run in constant memory: log-spaced buckets, so a percentile is known
 * to within 2 % whatever the scale (0.1 ms on loopback, seconds against a slow staging).
 * A soak of hours makes millions of calls; keeping every value would make the soak's own
 * memory grow, which is exactly what it watches for.
 */
export class LatencyHistogram {
  private readonly counts: number[] = [];
  private total = 0;
  private max = 0;

  get count(): number {
    return this.total;
  }

  add(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) return;
    const index = ms <= FLOOR_MS ? 0 : Math.ceil(Math.log(ms / FLOOR_MS) / LOG_RATIO);
    while (this.counts.length <= index) this.counts.push(0);
    this.counts[index]!++;
    this.total++;
    if (ms > this.max) this.max = ms;
  }

  /**
   * The nearest-rank `p`-th percentile (0..100), as lib/report/percentile.ts defines it, read as
   * the upper bound of its bucket (never more than the largest value seen): at most 2 % above
   * the exact value, never below it. 0 when nothing was added.
   */
  percentile(p: number): number {
    if (this.total === 0) return 0;
    const rank = Math.max(1, Math.ceil((p / 100) * this.total));
    let seen = 0;
    for (let i = 0; i < this.counts.length; i++) {
      seen += this.counts[i]!;
      if (seen >= rank) return Math.min(this.max, FLOOR_MS * RATIO ** i);
    }
    return this.max;
  }
}
