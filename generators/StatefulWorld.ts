import type { ApiPath } from '../lib/apis';
import type { CallOutcome, ChatClientLike, TranscriptEntry } from '../lib/client/types';
import type { ContactItem } from '../lib/model/types';
import type { Oracle } from '../lib/oracle/Oracle';
import type { CheckResult, OracleRequest } from '../lib/oracle/types';
import type { ContactRef } from './ContactRef';
import { DivergenceError, InconclusiveError } from './DivergenceError';
import { MISSING_GROUP_NAME, type GroupRef } from './GroupRef';

/** Most get_contact_group pages one read follows before calling the cursor broken. */
const MAX_PAGES = 50;

/** The fresh accounts and chat groups of one run. */
export interface WorldPool {
  /** The two From_Accounts the commands act as (actor 0 and 1). */
  readonly actors: readonly [string, string];
  /** Every user of the run, actors included: an actor's peers are the others. */
  readonly users: readonly string[];
  /** Chat group 0 has both actors as members; group 1 neither (51007). */
  readonly chatGroups: readonly string[];
}

/** One call of the run, for the failure report when no transcript is available. */
export interface WorldExchange {
  readonly step: number;
  readonly api: ApiPath;
  readonly requestBody: string;
  readonly outcome: CallOutcome;
}

/**
 * The real side of one property run: the client, the run's pool, and the oracle that
 * judges every answer. Commands resolve their symbolic arguments here and send every
 * request through `exchange`, which throws DivergenceError on the first mismatch.
 */
export class StatefulWorld {
  /** Readable, resolved titles of the commands run so far (`RenameGroup(A, #0="a" → "b")`). */
  readonly executed: string[] = [];
  readonly exchanges: WorldExchange[] = [];
  constructor(
    readonly client: ChatClientLike,
    readonly oracle: Oracle,
    readonly pool: WorldPool,
    /** Transcript entries of this run (fixtures included), when the caller records them. @defaultValue [] */
    readonly entries: TranscriptEntry[] = [],
  ) {}

  /** Index of the current step (0-based). */
  get step(): number {
    return Math.max(0, this.executed.length - 1);
  }

  /** Starts a step with its readable title. */
  begin(title: string): void {
    this.executed.push(title);
  }

  /** Renames the current step once its arguments are resolved. */
  retitle(title: string): void {
    this.executed[this.executed.length - 1] = title;
  }

  /** Actor `index` (0 = A, 1 = B). */
  actor(index: number): string {
    return this.pool.actors[index % 2]!;
  }

  /** The ContactItem a symbolic reference names, for this actor. */
  contact(actorIndex: number, ref: ContactRef): ContactItem {
    if (ref.kind === 'group') return { Type: 2, ToGroupId: this.pool.chatGroups[ref.group % this.pool.chatGroups.length]! };
    const me = this.actor(actorIndex);
    const peers = this.pool.users.filter((user) => user !== me);
    return { Type: 1, To_Account: peers[ref.peer % peers.length]! };
  }

  /** The group name a reference names for this actor (model view), or the never-created name. */
  groupName(actorIndex: number, ref: GroupRef): string {
    if (!('pick' in ref)) return MISSING_GROUP_NAME;
    const groups = this.oracle.groupsOf(this.actor(actorIndex));
    return groups.length === 0 ? MISSING_GROUP_NAME : groups[ref.pick % groups.length]!.name;
  }

  /**
   * Sends one request and has the oracle judge the answer. Deliberately invalid requests
   * are part of the game (over-long names, over-count batches, bad bits), so the client's
   * request-schema check is off; responses are still checked by the oracle.
   */
  async exchange(request: OracleRequest): Promise<{ actual: Record<string, unknown>; expected: Record<string, unknown> }> {
    const outcome = await this.send(request.api, request.body);
    const expected = this.judge(this.oracle.check({ index: this.step, title: this.executed[this.step] ?? '' }, request, outcome));
    // A lost answer is judged as "may have happened" by the oracle; the command sees no fields.
    return { actual: outcome.kind === 'answered' ? (outcome.body as Record<string, unknown>) : {}, expected };
  }

  /**
   * Reads every get_contact_group page of `user` and compares their union with the
   * model's whole view of the user.
   */
  async readBack(user: string): Promise<void> {
    const pages: Record<string, unknown>[] = [];
    let start: unknown = 0;
    for (let i = 0; i < MAX_PAGES; i++) {
      const outcome = await this.send('recentcontact/get_contact_group', { From_Account: user, StartIndex: start });
      if (outcome.kind !== 'answered') {
        // A malformed page is judged like any other answer, through the oracle; a lost page
        // leaves the union incomplete, so this read-back judges nothing more.
        this.judge(this.oracle.check({ index: this.step, title: this.executed[this.step] ?? '' }, { api: 'recentcontact/get_contact_group', body: { From_Account: user, StartIndex: start } }, outcome));
        return;
      }
      const page = (outcome as Extract<CallOutcome, { kind: 'answered' }>).body as Record<string, unknown>;
      pages.push(page);
      if (page.ActionStatus !== 'OK' || page.CompleteFlag !== 0) break;
      if (page.NextStartIndex === start) {
        this.fail(`get_contact_group NextStartIndex`, `a cursor past ${JSON.stringify(start)}`, `${JSON.stringify(page.NextStartIndex)} with CompleteFlag 0`);
      }
      start = page.NextStartIndex;
    }
    this.judge(this.oracle.checkWholeState({ index: this.step, title: this.executed[this.step] ?? '' }, user, pages));
  }

  private async send(api: ApiPath, body: unknown): Promise<CallOutcome> {
    const outcome = await this.client.call(api, body, { invalidOnPurpose: true });
    this.exchanges.push({ step: this.step, api, requestBody: JSON.stringify(body), outcome });
    return outcome;
  }

  private judge(result: CheckResult): Record<string, unknown> {
    // A lost answer (result.indeterminate) is fine: the oracle follows both outcomes.
    if (result.ok) return result.expected;
    if ('inconclusive' in result) throw new InconclusiveError(result.inconclusive);
    throw new DivergenceError(result.divergence);
  }

  private fail(path: string, expected: string, actual: string): never {
    const title = this.executed[this.step] ?? '';
    throw new DivergenceError({ path, expected, actual, step: this.step, title, api: 'recentcontact/get_contact_group', line: `step ${this.step} ${title}: ${path} expected ${expected} got ${actual}` });
  }
}
