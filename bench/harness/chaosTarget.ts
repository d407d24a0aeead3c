/**
 * An in-process target for the oracle's self-tests: the model itself under the mock's chaos
 * preset (every choice point at random: fixed points once, per-request points per request),
 * optionally with a fault applied to each request, losing some answers and applying some
 * retried writes twice. No HTTP, so thousands of steps take a second.
 */
import type { ApiPath } from '../../lib/apis';
import type { CallOutcome, Envelope } from '../../lib/client/types';
import { applyRequest } from '../../lib/model/applyRequest';
import { DEFAULT_LIMITS } from '../../lib/model/defaults';
import { emptyState } from '../../lib/model/emptyState';
import type { ModelRequest, ModelState } from '../../lib/model/types';
import { ChaosChoices } from '../../mock/ChaosChoices';

/** Rewrites a request before the model sees it: a seeded bug of the target. */
export type TargetFault = (request: Omit<ModelRequest, 'now'>) => Omit<ModelRequest, 'now'>;

export class ChaosTarget {
  private state: ModelState = emptyState();
  private readonly chaos: ChaosChoices;
  private clock = 100;

  constructor(
    private readonly rand: () => number,
    private readonly options: { seed: number; lostRate?: number; retryRate?: number; fault?: TargetFault },
  ) {
    this.chaos = new ChaosChoices(options.seed);
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.rand() * items.length)]!;
  }

  /** Applies a fixture request (users, chat groups) that never fails or gets lost. */
  seed(api: ApiPath, body: unknown): void {
    this.state = applyRequest(this.state, { api, body, now: this.clock }, { limits: DEFAULT_LIMITS, choices: this.chaos.nextChoices() }).state;
  }

  /** One call as the client would report it: answered (maybe after a retry that applied twice), or lost. */
  call(api: ApiPath, body: unknown): CallOutcome {
    const retried = this.rand() < (this.options.retryRate ?? 0);
    if (retried && this.rand() < 0.5) this.apply(api, body);
    const response = this.apply(api, body);
    if (this.rand() < (this.options.lostRate ?? 0)) return { kind: 'inconclusive', reason: 'answer lost', attempts: 1, elapsedMs: 0 };
    return { kind: 'answered', httpStatus: 200, body: response as Envelope, rawBody: '', attempts: retried ? 2 : 1, elapsedMs: 0 };
  }

  /** Every get_contact_group page of `user`, following the cursor. */
  pages(user: string): Record<string, unknown>[] {
    const pages: Record<string, unknown>[] = [];
    let start: unknown = 0;
    for (let i = 0; i < 50; i++) {
      const page = this.apply('recentcontact/get_contact_group', { From_Account: user, StartIndex: start }) as Record<string, unknown>;
      pages.push(page);
      if (page.CompleteFlag !== 0) break;
      start = page.NextStartIndex;
    }
    return pages;
  }

  private apply(api: ApiPath, body: unknown) {
    const choices = this.chaos.nextChoices();
    const request = this.options.fault ? this.options.fault({ api, body }) : { api, body };
    const result = applyRequest(this.state, { ...request, now: ++this.clock }, { limits: DEFAULT_LIMITS, choices });
    this.state = result.state;
    return result.response;
  }
}
