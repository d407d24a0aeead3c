import type { InjectedError } from '../MockOptions';
import { mulberry32 } from '../random/mulberry32';
import type { GatewayCheck } from './GatewayCheck';
import { gatewayFail } from './gatewayFail';

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
