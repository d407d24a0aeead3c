/**
 * A seeded, reproducible flaky network in front of the mock (`--flaky`, MockOptions.flaky,
 * CHAT_MOCK_FLAKY). One draw per request whose body was read picks at most one fault:
 * - `reset`: the connection is cut before the request reaches the mock (nothing applied);
 * - `502`: an HTML 502 from a "gateway" — the REST overview allows a call to fail "unless a
 *   network error (such as error 502) occurs" with no envelope. Half of them (the upper half
 *   of the band) come AFTER the mock applied the request, as when a gateway loses the
 *   backend's answer: the write happened, the client cannot know;
 * - `lost`: the mock applies the request, then the connection is cut without an answer.
 * The same seed and the same request order give the same faults; `reset()` starts over.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FlakyRates } from '../../lib/config/parseFlakySpec';
import { mulberry32 } from '../random/mulberry32';

/** What the network does to one request. */
export type NetworkFault = 'none' | 'reset' | 'bad-gateway-before' | 'bad-gateway-after' | 'lost';

/** Rates and seed of the flaky network. */
export interface FlakySettings extends FlakyRates {
  readonly seed: number;
}

/** What a front proxy (nginx) sends for 502: HTML, not the documented JSON envelope. */
const BAD_GATEWAY_HTML = Buffer.from('<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n');

export class FlakyNetwork {
  private random: () => number;

  /** `settings` undefined: a perfect network, no draws. */
  constructor(private readonly settings: FlakySettings | undefined) {
    this.random = mulberry32(settings?.seed ?? 1);
  }

  reset(): void {
    this.random = mulberry32(this.settings?.seed ?? 1);
  }

  /** The fault for the next request: one draw, bands in the order reset, 502 before, 502 after, lost. */
  draw(): NetworkFault {
    const rates = this.settings;
    if (rates === undefined) return 'none';
    let roll = this.random();
    const bands: [NetworkFault, number][] = [
      ['reset', rates.reset],
      ['bad-gateway-before', rates.badGateway / 2],
      ['bad-gateway-after', rates.badGateway / 2],
      ['lost', rates.lost],
    ];
    for (const [fault, rate] of bands) {
      if (roll < rate) return fault;
      roll -= rate;
    }
    return 'none';
  }

  /**
   * Draws this request's fault and plays it. `apply` runs the request through the mock
   * (its answer is dropped). True when the fault took the request over: the caller must not
   * answer it. False: no fault, serve as usual.
   */
  takesOver(request: IncomingMessage, response: ServerResponse, apply: () => unknown): boolean {
    const fault = this.draw();
    if (fault === 'none') return false;
    if (fault === 'bad-gateway-after' || fault === 'lost') apply();
    if (fault === 'reset' || fault === 'lost') {
      request.socket.destroy();
      return true;
    }
    response.writeHead(502, { 'Content-Type': 'text/html', 'Content-Length': BAD_GATEWAY_HTML.length });
    response.end(BAD_GATEWAY_HTML);
    return true;
  }
}
