import type { ApiPath } from '../apis';
import type { CallOutcome } from '../client/types';
import { allowedOutcomes, applyRequest } from '../model/applyRequest';
import { CHOICE_POINTS } from '../model/choicePoints';
import { DEFAULT_CONFIG } from '../model/defaults';
import { emptyState } from '../model/emptyState';
import type { ChatGroup, ChoiceName, ContactGroup, ModelConfig, ModelRequest, ModelResult, UndocumentedChoices } from '../model/types';
import { ANY_ERROR_CODE } from './anyErrorCode';
import { candidateKey, type Candidate } from './Candidate';
import { compareAnswer, type CompareContext } from './compareAnswer';
import { compareWholeState } from './compareWholeState';
import { describeChoice } from './describeChoice';
import { formatValue } from './formatValue';
import { GroupIdMap } from './GroupIdMap';
import { TimestampLedger } from './TimestampLedger';
import type { CheckResult, Divergence, Mismatch, OracleObservation, OracleRequest, StepLabel } from './types';

/** Options of an Oracle. */
export interface OracleOptions {
  /** Limits, and the values used for points the comparison itself covers. @defaultValue DEFAULT_CONFIG (lib/model) */
  readonly config?: ModelConfig;
  /** Most candidate states kept; past it the run is inconclusive, never failed. @defaultValue 256 */
  readonly maxCandidates?: number;
  /**
   * Fixed choice points already seen on this target (earlier property runs of the same
   * conformance run): a server keeps them for the run, so the oracle starts pinned. @defaultValue {}
   */
  readonly pinned?: Partial<UndocumentedChoices>;
}

/** APIs that never change state: a lost answer of one needs no fork. */
const READS: ReadonlySet<ApiPath> = new Set(['recentcontact/search_contact_group', 'recentcontact/get_contact_group', 'im_open_login_svc/account_check']);
/** Outcomes one request may have under one candidate before the oracle gives up on it. */
const MAX_OUTCOMES_PER_REQUEST = 256;
/** A page size no user reaches: the model's whole view of a user as one page. */
const WHOLE_VIEW_PAGE = 1_000_000_000;

/**
 * Judges a target's answers against the executable model (lib/model), one request at a time,
 * the way a linearizability checker does: it keeps every candidate model state that could
 * explain what it has seen, advances each by every outcome the documents allow for the next
 * request (allowedOutcomes: the model under every value of the choice points it meets), keeps
 * those that explain the answer, and reports a divergence only when none does.
 *
 * A fixed choice point, once an outcome resolves it, stays pinned in that candidate; a
 * per-request one is free every time (choicePoints.ts). A write whose answer was lost, or that
 * was retried after a lost answer, may or may not have happened (Jepsen's `:info`): the oracle
 * follows both. Past `maxCandidates` states the run is inconclusive, never failed.
 */
export class Oracle {
  private candidates: Candidate[];
  private readonly config: ModelConfig;
  private readonly maxCandidates: number;
  private readonly perRequestSeen = new Map<ChoiceName, Set<string>>();
  /** Candidate-set size after each judged answer (for the benchmark). */
  readonly sizes: number[] = [];
  /** The model's clock: logical, so runs replay identically; Timestamps are never compared with it. */
  private clock = 1_700_000_000;

  constructor(options: OracleOptions = {}) {
    this.config = options.config ?? DEFAULT_CONFIG;
    this.maxCandidates = options.maxCandidates ?? 256;
    const pinned = new Map(Object.entries(options.pinned ?? {}) as [ChoiceName, unknown][]);
    this.candidates = [{ state: emptyState(), pinned, ids: new GroupIdMap(), stamps: new TimestampLedger() }];
  }

  /** Tells the model a user was imported (by a fixture the oracle did not see). */
  registerUser(userId: string): void {
    const request: ModelRequest = { api: 'im_open_login_svc/account_import', body: { UserID: userId }, now: this.tick() };
    this.candidates = this.candidates.map((candidate) => {
      const result = applyRequest(candidate.state, request, this.config);
      if (result.response.ErrorCode !== 0) throw new Error(`oracle: the model refused to import ${JSON.stringify(userId)} (ErrorCode ${result.response.ErrorCode})`);
      return { ...candidate, state: result.state };
    });
  }

  /**
   * Tells the model a chat group exists with these members (the owner is one). Inserted as
   * data: the target's `@TGS#` id cannot be replayed through create_group, which reserves
   * that prefix for server-minted ids (notes §4.3).
   */
  registerChatGroup(group: { groupId: string; owner: string; members?: readonly string[] }): void {
    const record: ChatGroup = { groupId: group.groupId, type: 'Public', name: 'rcc group', owner: group.owner, members: new Set([group.owner, ...(group.members ?? [])]) };
    this.candidates = this.candidates.map((candidate) => ({
      ...candidate,
      state: { ...candidate.state, chatGroups: new Map(candidate.state.chatGroups).set(group.groupId, record) },
    }));
  }

  /** The groups of `user` in the first candidate, ascending model id: commands pick targets from these. */
  groupsOf(user: string): readonly ContactGroup[] {
    return [...(this.candidates[0]?.state.users.get(user)?.groups ?? [])].sort((a, b) => a.id - b.id);
  }

  /** The model configuration: limits, and the values of the points the comparison covers. */
  modelConfig(): ModelConfig {
    return this.config;
  }

  /** How many candidate states explain the run so far. */
  candidateCount(): number {
    return this.candidates.length;
  }

  /** The fixed choices every candidate has pinned to the same value: what the target has shown. */
  pinnedChoices(): Partial<UndocumentedChoices> {
    const [first, ...rest] = this.candidates;
    if (first === undefined) return {};
    const agreed = [...first.pinned].filter(([name, value]) => rest.every((candidate) => candidate.pinned.has(name) && candidate.pinned.get(name) === value));
    return Object.fromEntries(agreed) as Partial<UndocumentedChoices>;
  }

  /** One observation per pinned fixed choice, and per per-request choice with every value seen. */
  observations(): readonly OracleObservation[] {
    const fixed = Object.entries(this.pinnedChoices()).map(([name, value]) => describeChoice(name as ChoiceName, [value]));
    const perRequest = [...this.perRequestSeen].map(([name, values]) => describeChoice(name, [...values]));
    return [...fixed, ...perRequest];
  }

  /** Judges one answer; the candidates that explain it stay. */
  check(step: StepLabel, request: OracleRequest, outcome: CallOutcome): CheckResult {
    const modelRequest: ModelRequest = { api: request.api, body: request.modelBody ?? request.body, now: this.tick() };
    const user = fromAccountOf(request.body);
    if (outcome.kind === 'inconclusive') {
      // The answer was lost: a write may or may not have happened. Follow both.
      const reason = `${request.api}: ${outcome.reason}`;
      if (READS.has(request.api)) return { ok: true, expected: {}, indeterminate: reason };
      const forked = this.withMaybeApplied(this.candidates, modelRequest);
      return forked.ok ? this.accept(forked.next, {}, reason) : { ok: false, inconclusive: forked.reason };
    }
    if (outcome.kind === 'malformed') {
      // notes §1.2: "The returned HTTP status code for this API is always 200"; the body is a JSON envelope.
      return this.diverged(step, request.api, { path: 'HTTP', expected: '200 with a JSON envelope', actual: `${outcome.reason}: ${formatValue(outcome.rawBody)}` });
    }
    const actual = outcome.body as Record<string, unknown>;
    // A write answered after retries: an earlier attempt whose answer was lost may have applied.
    let starting = this.candidates;
    if (outcome.attempts > 1 && !READS.has(request.api)) {
      const forked = this.withMaybeApplied(starting, { ...modelRequest, now: this.tick() });
      if (!forked.ok) return { ok: false, inconclusive: forked.reason };
      starting = forked.next;
    }
    const judged = this.judge(starting, (candidate) => this.enumerate(candidate, modelRequest), (result, ctx) => compareAnswer(result.response as Record<string, unknown>, actual, ctx), user);
    if ('inconclusive' in judged) return { ok: false, inconclusive: judged.inconclusive };
    if ('mismatch' in judged) return this.diverged(step, request.api, judged.mismatch);
    return this.accept(judged.next, judged.expected);
  }

  /**
   * Compares the union of the target's get_contact_group pages for `user` with the model's
   * whole view of that user: conversations, their groups and marks, the group dictionary.
   * Order and page size are undocumented, so only the content counts.
   */
  checkWholeState(step: StepLabel, user: string, pages: readonly Record<string, unknown>[]): CheckResult {
    const request: ModelRequest = { api: 'recentcontact/get_contact_group', body: { From_Account: user, StartIndex: 0 }, now: this.clock };
    const whole: ModelConfig = { limits: this.config.limits, choices: { ...this.config.choices, getPageSize: WHOLE_VIEW_PAGE } };
    const judged = this.judge(
      this.candidates,
      (candidate) => this.enumerate(candidate, request, whole),
      (result, ctx) => compareWholeState(result.response as Record<string, unknown>, pages, ctx),
      user,
    );
    if ('inconclusive' in judged) return { ok: false, inconclusive: judged.inconclusive };
    if ('mismatch' in judged) return this.diverged(step, 'state', judged.mismatch);
    return this.accept(judged.next, {});
  }

  private tick(): number {
    return ++this.clock;
  }

  /**
   * Every candidate advanced by every allowed outcome that `compare` accepts. The first
   * candidate's first outcome is the model's most plausible answer: its mismatch is the one
   * reported when nothing explains the answer.
   */
  private judge(
    from: readonly Candidate[],
    outcomesOf: (candidate: Candidate) => { outcomes: readonly ModelResult[]; truncated: boolean },
    compare: (result: ModelResult, ctx: CompareContext) => Mismatch | undefined,
    user: string,
  ): { next: Candidate[]; expected: Record<string, unknown> } | { mismatch: Mismatch } | { inconclusive: string } {
    const next: Candidate[] = [];
    let firstMismatch: Mismatch | undefined;
    let expected: Record<string, unknown> | undefined;
    const perRequest: ModelResult['decisions'][] = [];
    for (const candidate of from) {
      const { outcomes, truncated } = outcomesOf(candidate);
      if (truncated) return { inconclusive: `one request has more than ${MAX_OUTCOMES_PER_REQUEST} allowed outcomes` };
      for (const result of outcomes) {
        const ids = candidate.ids.fork();
        const stamps = candidate.stamps.fork();
        const markOrder = (result.decisions.get('standardMarkBitOrder') ?? candidate.pinned.get('standardMarkBitOrder') ?? this.config.choices.standardMarkBitOrder) as UndocumentedChoices['standardMarkBitOrder'];
        const mismatch = compare(result, { user, ids, stamps, markOrder });
        if (mismatch !== undefined) {
          firstMismatch ??= mismatch;
          continue;
        }
        expected ??= result.response as Record<string, unknown>;
        perRequest.push(result.decisions);
        next.push(this.advanced({ ...candidate, ids, stamps }, result, user));
      }
    }
    if (next.length === 0) return { mismatch: firstMismatch ?? { path: 'answer', expected: 'an answer the model allows', actual: 'none matched' } };
    this.notePerRequest(perRequest);
    return { next, expected: expected ?? {} };
  }

  /** The candidates, plus each one advanced by every outcome of the request: it may have happened. */
  private withMaybeApplied(from: readonly Candidate[], request: ModelRequest): { ok: true; next: Candidate[] } | { ok: false; reason: string } {
    const next: Candidate[] = [...from];
    for (const candidate of from) {
      const { outcomes, truncated } = this.enumerate(candidate, request);
      if (truncated) return { ok: false, reason: `a lost write has more than ${MAX_OUTCOMES_PER_REQUEST} possible outcomes` };
      for (const result of outcomes) next.push(this.advanced({ ...candidate, ids: candidate.ids.fork() }, result, fromAccountOf(request.body)));
    }
    return { ok: true, next };
  }

  private enumerate(candidate: Candidate, request: ModelRequest, config: ModelConfig = this.config) {
    return allowedOutcomes(candidate.state, request, config, { valuesOf: (name) => this.valuesOf(candidate, name, config), maxOutcomes: MAX_OUTCOMES_PER_REQUEST });
  }

  /**
   * The values a candidate tries for a choice point: its pinned value; the configured one when
   * the comparison covers every value (GroupIds, order, page size); any failure code for
   * `undocumentedErrorCode`; else every value of the registry.
   */
  private valuesOf(candidate: Candidate, name: ChoiceName, config: ModelConfig): readonly unknown[] {
    if (candidate.pinned.has(name)) return [candidate.pinned.get(name)];
    const point = CHOICE_POINTS[name];
    if (point.judge === 'comparator') return [config.choices[name]];
    if (name === 'undocumentedErrorCode') return [ANY_ERROR_CODE];
    return point.values;
  }

  /**
   * The candidate moved to an outcome's state: the fixed points it resolved are pinned, and the
   * GroupId pairs of groups it deleted are dropped (their ids may be handed out again). `ids`
   * must already be the candidate's own fork.
   */
  private advanced(candidate: Candidate, result: ModelResult, user: string): Candidate {
    candidate.ids.retainModelIds(user, new Set((result.state.users.get(user)?.groups ?? []).map((group) => group.id)));
    return { state: result.state, pinned: this.pinnedAfter(candidate, result), ids: candidate.ids, stamps: candidate.stamps };
  }

  /** The candidate's pins plus the fixed points this outcome resolved. */
  private pinnedAfter(candidate: Candidate, result: ModelResult): ReadonlyMap<ChoiceName, unknown> {
    let pinned: Map<ChoiceName, unknown> | undefined;
    for (const [name, value] of result.decisions) {
      const point = CHOICE_POINTS[name];
      if (point.scope !== 'fixed' || point.judge === 'comparator' || candidate.pinned.has(name)) continue;
      pinned ??= new Map(candidate.pinned);
      pinned.set(name, value);
    }
    return pinned ?? candidate.pinned;
  }

  /** Records a per-request point's value when every explaining outcome agrees on it. */
  private notePerRequest(decisions: readonly ModelResult['decisions'][]): void {
    const [first, ...rest] = decisions;
    if (first === undefined) return;
    for (const [name, value] of first) {
      // A pick's value is one of the request's own options: only a code says something readable.
      if (CHOICE_POINTS[name].scope !== 'per-request' || value === ANY_ERROR_CODE || typeof value === 'object') continue;
      if (!rest.every((other) => other.get(name) === value)) continue;
      const seen = this.perRequestSeen.get(name) ?? new Set<string>();
      seen.add(String(value));
      this.perRequestSeen.set(name, seen);
    }
  }

  /** Keeps the explaining candidates, merged by key; past the cap the run is inconclusive. */
  private accept(next: readonly Candidate[], expected: Record<string, unknown>, indeterminate?: string): CheckResult {
    const byKey = new Map<string, Candidate>();
    for (const candidate of next) {
      const key = candidateKey(candidate);
      if (!byKey.has(key)) byKey.set(key, candidate);
    }
    this.sizes.push(byKey.size);
    if (byKey.size > this.maxCandidates) {
      return { ok: false, inconclusive: `more than ${this.maxCandidates} model states explain the answers so far; the run cannot be judged further` };
    }
    this.candidates = [...byKey.values()];
    return indeterminate === undefined ? { ok: true, expected } : { ok: true, expected, indeterminate };
  }

  private diverged(step: StepLabel, api: ApiPath | 'state', mismatch: Mismatch): { ok: false; divergence: Divergence } {
    const where = api === 'state' ? 'state (all get_contact_group pages)' : api.slice(api.indexOf('/') + 1);
    const line = `step ${step.index} ${step.title}: ${where} ${mismatch.path} expected ${mismatch.expected} got ${mismatch.actual}`;
    return { ok: false, divergence: { ...mismatch, step: step.index, title: step.title, api, line } };
  }
}

/** From_Account of a request body, or '' when it has none. */
function fromAccountOf(body: unknown): string {
  const from = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).From_Account : undefined;
  return typeof from === 'string' ? from : '';
}
