import type { ApiPath } from '../apis';
import type { CallOutcome } from '../client/types';
import { applyRequest } from '../model/applyRequest';
import { DEFAULT_CONFIG } from '../model/defaults';
import { emptyState } from '../model/emptyState';
import type { ChatGroup, ChoiceName, ContactGroup, ModelConfig, ModelResult, ModelState, UndocumentedChoices } from '../model/types';
import { choiceAlternatives } from './choiceAlternatives';
import { compareAnswer } from './compareAnswer';
import { describeChoice } from './describeChoice';
import { formatValue } from './formatValue';
import { GroupIdMap } from './GroupIdMap';
import { TimestampLedger } from './TimestampLedger';
import { searchChoices } from './searchChoices';
import { withChoices } from './withChoices';
import { entryActual, fromAccountOf, type HistoryEntry } from './HistoryEntry';
import { compareWholeState } from './compareWholeState';
import type { CheckResult, Divergence, Mismatch, OracleObservation, OracleRequest, StepLabel } from './types';

/** Options of an Oracle. */
export interface OracleOptions {
  /** Limits and starting choices. @defaultValue DEFAULT_CONFIG (lib/model) */
  readonly config?: ModelConfig;
}

/** A model answer that matched, with the forks it learned into. */
interface Match {
  readonly result: ModelResult;
  readonly config: ModelConfig;
  readonly ids: GroupIdMap;
  readonly stamps: TimestampLedger;
}

/** One evaluation of the model under some choices: a match, or what the answer consulted. */
interface Attempt {
  readonly match?: Match;
  readonly consulted: ReadonlySet<ChoiceName>;
}

/**
 * Judges a target's answers against the executable model (lib/model applyRequest), one
 * request at a time, keeping the model's state in step with the target's.
 *
 * Undocumented behaviour (notes §5, §9) is not guessed: the model reports which choices an
 * answer `consulted`. When the target differs only in such a choice, the oracle re-runs the
 * step from the state before it with the other value(s); if one matches, that value is
 * PINNED for the rest of the run (the target must then stay consistent) and recorded as an
 * observation. A choice that the answer discriminated is pinned as well, so a target that
 * answers one way and later the other is caught.
 */
export class Oracle {
  private state: ModelState = emptyState();
  private config: ModelConfig;
  private ids = new GroupIdMap();
  private stamps = new TimestampLedger();
  private readonly pinned = new Map<ChoiceName, unknown>();
  private readonly seen: OracleObservation[] = [];
  /** The state before the first judged answer, and every judged entry since (for replays). */
  private baseline: ModelState | undefined;
  private readonly history: HistoryEntry[] = [];
  private readonly historyConsulted = new Set<ChoiceName>();
  /** The model's clock: logical, so runs replay identically; Timestamps are never compared with it. */
  private clock = 1_700_000_000;

  constructor(options: OracleOptions = {}) {
    this.config = options.config ?? DEFAULT_CONFIG;
  }

  /** Tells the model a user was imported (by a fixture the oracle did not see). */
  registerUser(userId: string): void {
    const result = applyRequest(this.state, { api: 'im_open_login_svc/account_import', body: { UserID: userId }, now: this.tick() }, this.config);
    if (result.response.ErrorCode !== 0) throw new Error(`oracle: the model refused to import ${JSON.stringify(userId)} (ErrorCode ${result.response.ErrorCode})`);
    this.state = result.state;
  }

  /**
   * Tells the model a chat group exists with these members (the owner is one). Inserted as
   * data: the target's `@TGS#` id cannot be replayed through create_group, which reserves
   * that prefix for server-minted ids (notes §4.3).
   */
  registerChatGroup(group: { groupId: string; owner: string; members?: readonly string[] }): void {
    const record: ChatGroup = { groupId: group.groupId, type: 'Public', name: 'rcc group', owner: group.owner, members: new Set([group.owner, ...(group.members ?? [])]) };
    this.state = { ...this.state, chatGroups: new Map(this.state.chatGroups).set(group.groupId, record) };
  }

  /** The model's groups of `user`, ascending model id: commands pick targets from these. */
  groupsOf(user: string): readonly ContactGroup[] {
    return [...(this.state.users.get(user)?.groups ?? [])].sort((a, b) => a.id - b.id);
  }

  /** The current model configuration (limits, and choices as pinned so far). */
  modelConfig(): ModelConfig {
    return this.config;
  }

  /** The choices pinned so far, with the value the target showed. */
  pinnedChoices(): Partial<UndocumentedChoices> {
    return Object.fromEntries(this.pinned) as Partial<UndocumentedChoices>;
  }

  /** One observation per pinned choice, in pinning order. */
  observations(): readonly OracleObservation[] {
    return [...this.seen];
  }

  /** Judges one answer; on a match the model advances (and may pin choices). */
  check(step: StepLabel, request: OracleRequest, outcome: CallOutcome): CheckResult {
    if (outcome.kind === 'inconclusive') return { ok: false, inconclusive: `${request.api}: ${outcome.reason}` };
    if (outcome.kind === 'malformed') {
      // notes §1.2: "The returned HTTP status code for this API is always 200"; the body is a JSON envelope.
      return this.diverged(step, request.api, { path: 'HTTP', expected: '200 with a JSON envelope', actual: `${outcome.reason}: ${formatValue(outcome.rawBody)}` });
    }
    const entry: HistoryEntry = {
      kind: 'call',
      user: fromAccountOf(request.body),
      request: { api: request.api, body: request.modelBody ?? request.body, now: this.tick() },
      actual: outcome.body as Record<string, unknown>,
    };
    const judged = this.judgeEntry(entry);
    if (judged.mismatch !== undefined) return this.diverged(step, request.api, judged.mismatch);
    return { ok: true, expected: judged.response };
  }

  /**
   * Compares the union of the target's get_contact_group pages for `user` with the model's
   * whole view of that user: conversations, their groups and marks, the group dictionary.
   * Order and page size are undocumented, so only the content counts.
   */
  checkWholeState(step: StepLabel, user: string, pages: readonly Record<string, unknown>[]): CheckResult {
    const judged = this.judgeEntry({ kind: 'state', user, pages, now: this.clock });
    if (judged.mismatch !== undefined) return this.diverged(step, 'state', judged.mismatch);
    return { ok: true, expected: {} };
  }

  private tick(): number {
    return ++this.clock;
  }

  /**
   * Judges one entry: under the current choices; else with other values of the choices this
   * answer consulted (from the state before it); else with other values of choices consulted
   * earlier in the run, replaying the whole run (a choice such as setAndClearSameBit leaves
   * the write's answer unchanged and only shows in a later read).
   */
  private judgeEntry(entry: HistoryEntry): { mismatch?: Mismatch; response: Record<string, unknown> } {
    this.baseline ??= this.state;
    const first = this.evaluate(entry, this.state, this.config, this.ids.fork(), this.stamps.fork());
    let match: Match | undefined = first.match;
    if (match !== undefined) this.pinDiscriminating(entry, first.consulted, match);
    else {
      match =
        this.searchChoices(first.consulted, entryActual(entry), (config) => this.evaluate(entry, this.state, config, this.ids.fork(), this.stamps.fork())) ??
        this.searchChoices(new Set([...this.historyConsulted, ...first.consulted]), entryActual(entry), (config) => this.replay([...this.history, entry], config));
    }
    if (match === undefined) return { mismatch: first.mismatch!, response: {} };
    this.state = match.result.state;
    this.ids = match.ids;
    this.stamps = match.stamps;
    this.history.push(entry);
    for (const name of match.result.consulted) this.historyConsulted.add(name);
    return { response: match.result.response as Record<string, unknown> };
  }

  /** One entry under `config`, from `state`, learning into the given forks. */
  private evaluate(entry: HistoryEntry, state: ModelState, config: ModelConfig, ids: GroupIdMap, stamps: TimestampLedger): Attempt & { mismatch?: Mismatch } {
    const markOrder = config.choices.standardMarkBitOrder;
    if (entry.kind === 'state') {
      const compared = compareWholeState({ state, config, user: entry.user, pages: entry.pages, ids, stamps, now: entry.now });
      const result: ModelResult = { state, response: { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' }, consulted: compared.consulted };
      return compared.mismatch === undefined ? { consulted: compared.consulted, match: { result, config, ids, stamps } } : { consulted: compared.consulted, mismatch: compared.mismatch };
    }
    const result = applyRequest(state, entry.request, config);
    const mismatch = compareAnswer(result.response as Record<string, unknown>, entry.actual, { user: entry.user, ids, stamps, markOrder });
    if (mismatch !== undefined) return { consulted: result.consulted, mismatch };
    ids.retainModelIds(entry.user, new Set((result.state.users.get(entry.user)?.groups ?? []).map((group) => group.id)));
    return { consulted: result.consulted, match: { result, config, ids, stamps } };
  }

  /** The whole run again under `config`, from the state before its first judged answer. */
  private replay(entries: readonly HistoryEntry[], config: ModelConfig): Attempt {
    let state = this.baseline ?? this.state;
    const ids = new GroupIdMap();
    const stamps = new TimestampLedger();
    const consulted = new Set<ChoiceName>();
    let last: Match | undefined;
    for (const entry of entries) {
      const tried = this.evaluate(entry, state, config, ids, stamps);
      for (const name of tried.consulted) consulted.add(name);
      if (tried.match === undefined) return { consulted };
      state = tried.match.result.state;
      last = tried.match;
    }
    return last === undefined ? { consulted } : { consulted, match: { ...last, result: { ...last.result, consulted } } };
  }

  /** Other values of the open choices (searchChoices.ts); the first that matches is pinned. */
  private searchChoices(consulted: ReadonlySet<ChoiceName>, actual: Record<string, unknown>, evaluate: (config: ModelConfig) => Attempt): Match | undefined {
    const found = searchChoices({ consulted, config: this.config, pinned: this.pinned, actual, evaluate });
    if (found === undefined) return undefined;
    for (const [name, value] of found.changes) this.pin(name, value);
    return found.match;
  }

  /**
   * Pins the one open choice an answer consulted when no other value of it could have
   * given the same answer: the target has shown its behaviour. "Could" includes other open
   * choices that the other value brings into play (a create with a taken name answered
   * 50002 is a rejection, or the existing group with a re-add error placed top level), so
   * an ambiguous answer pins nothing. With several open choices nothing is pinned either.
   */
  private pinDiscriminating(entry: HistoryEntry, consulted: ReadonlySet<ChoiceName>, match: Match): void {
    const open = [...consulted].filter((name) => !this.pinned.has(name));
    if (open.length !== 1) return;
    const name = open[0]!;
    const actual = entryActual(entry);
    const evaluate = (config: ModelConfig) => this.evaluate(entry, this.state, config, this.ids.fork(), this.stamps.fork());
    const others = choiceAlternatives(name, match.config.choices[name], actual);
    const otherCouldMatch = others.some((value) => {
      const config = withChoices(match.config, [[name, value]]);
      const tried = evaluate(config);
      if (tried.match !== undefined) return true;
      const pinned = new Map(this.pinned).set(name, value);
      return searchChoices({ consulted: tried.consulted, config, pinned, actual, evaluate }) !== undefined;
    });
    if (others.length > 0 && !otherCouldMatch) this.pin(name, match.config.choices[name]);
  }

  private pin(name: ChoiceName, value: unknown): void {
    this.pinned.set(name, value);
    this.config = withChoices(this.config, [[name, value]]);
    this.seen.push(describeChoice(name, value as never));
  }

  private diverged(step: StepLabel, api: ApiPath | 'state', mismatch: Mismatch): { ok: false; divergence: Divergence } {
    const where = api === 'state' ? 'state (all get_contact_group pages)' : api.slice(api.indexOf('/') + 1);
    const line = `step ${step.index} ${step.title}: ${where} ${mismatch.path} expected ${mismatch.expected} got ${mismatch.actual}`;
    return { ok: false, divergence: { ...mismatch, step: step.index, title: step.title, api, line } };
  }
}
