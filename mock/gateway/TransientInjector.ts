import type { InjectedError } from '../MockOptions';
import type { GatewayCheck } from './GatewayCheck';
import { gatewayFail } from './gatewayFail';

/** mulberry32: a tiny seeded PRNG, so the same seed injects on the same calls. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Injects the transient errors a real backend produces (notes §4.2: 50004 "Internal server
 * error", 50005 "Server-side internal timeout", both "retry"), each at its rate, before the
 * model runs: an injected call changes nothing. One draw per call, deterministic by seed.
 */
export class TransientInjector {
  private random: () => number;

  constructor(
    private readonly errors: readonly InjectedError[],
    private readonly seed: number,
  ) {
    this.random = mulberry32(seed);
  }

  draw(): GatewayCheck<null> {
    if (this.errors.length === 0) return { ok: true, value: null };
    let roll = this.random();
    for (const error of this.errors) {
      if (roll < error.rate) return { ok: false, response: gatewayFail(error.code, 'injected') };
      roll -= error.rate;
    }
    return { ok: true, value: null };
  }

  reset(): void {
    this.random = mulberry32(this.seed);
  }
}
