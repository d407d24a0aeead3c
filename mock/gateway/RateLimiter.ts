import type { ApiPath } from '../../lib/apis';
import type { GatewayCheck } from './GatewayCheck';
import { gatewayFail } from './gatewayFail';

/**
 * One token bucket per API (notes §1.3: "Maximum call frequency: 200 calls per second" per
 * API; over it 60007 "REST API call frequency exceeds the limit"). Capacity = rate, so a
 * burst of `rate` calls passes and the rest of that second is refused. Time comes from the
 * mock's clock, so tests can freeze it and count.
 */
export class RateLimiter {
  private readonly buckets = new Map<ApiPath, { tokens: number; at: number }>();

  constructor(
    private readonly perSecond: number,
    private readonly code: number,
  ) {}

  /** Takes one token for `api` at `nowMs`; 0 per second means no limit. */
  take(api: ApiPath, nowMs: number): GatewayCheck<ApiPath> {
    if (this.perSecond <= 0) return { ok: true, value: api };
    const bucket = this.buckets.get(api) ?? { tokens: this.perSecond, at: nowMs };
    const elapsed = Math.max(0, nowMs - bucket.at);
    bucket.tokens = Math.min(this.perSecond, bucket.tokens + (elapsed * this.perSecond) / 1000);
    bucket.at = nowMs;
    this.buckets.set(api, bucket);
    if (bucket.tokens < 1) return { ok: false, response: gatewayFail(this.code, `more than ${this.perSecond} calls per second to ${api}`) };
    bucket.tokens -= 1;
    return { ok: true, value: api };
  }

  reset(): void {
    this.buckets.clear();
  }
}
