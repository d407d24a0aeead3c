/**
 * The client a soak round calls through: once the soak is stopped (Ctrl-C, SIGTERM) every new
 * call answers "inconclusive: soak stopped" at once, so the running property ends within one
 * in-flight call instead of finishing its round. runStatefulFamily has no cancel hook; an
 * inconclusive answer is its documented way to stop judging (generators/DivergenceError.ts).
 * Cleanup goes through the inner client, which is never stopped.
 */
import type { ApiPath } from '../../../lib/apis';
import type { CallOptions, CallOutcome, ChatClientLike } from '../../../lib/client/types';

export class StoppableClient implements ChatClientLike {
  private stoppedBy: string | undefined;

  constructor(private readonly inner: ChatClientLike) {}

  get requestCount(): number {
    return this.inner.requestCount;
  }

  get stopped(): boolean {
    return this.stoppedBy !== undefined;
  }

  /** Every call from now on answers inconclusive with `reason`. */
  stop(reason: string): void {
    this.stoppedBy ??= reason;
  }

  async call(api: ApiPath, body: unknown, options?: CallOptions): Promise<CallOutcome> {
    if (this.stoppedBy !== undefined) return { kind: 'inconclusive', reason: this.stoppedBy, attempts: 0, elapsedMs: 0 };
    return this.inner.call(api, body, options);
  }
}
