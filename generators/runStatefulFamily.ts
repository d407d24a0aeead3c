import fc from 'fast-check';
import type { ChatClientLike, TranscriptEntry } from '../lib/client/types';
import type { Transcript } from '../lib/client/Transcript';
import { modelConfig } from '../lib/model/defaults';
import type { ModelConfig, UndocumentedChoices } from '../lib/model/types';
import { Oracle } from '../lib/oracle/Oracle';
import type { OracleObservation } from '../lib/oracle/types';
import { ReadBack } from './commands/ReadBack';
import type { CorpusEntry } from './CorpusEntry';
import { DivergenceError, InconclusiveError } from './DivergenceError';
import { STATEFUL_FAMILIES } from './families';
import type { FamilyName } from './families/StatefulFamily';
import { StatefulWorld } from './StatefulWorld';
import type { StatefulFailed, StatefulResult } from './StatefulResult';

/** What a stateful property needs from its caller (the conformance fixtures, or a self-test). */
export interface StatefulDeps {
  /** The client every call goes through (guarded against foreign accounts in the suite). */
  readonly client: ChatClientLike;
  /** Imports a fresh user under the run prefix. */
  readonly newUser: () => Promise<string>;
  /** Imports several fresh users in one call; used when given. @defaultValue newUser, one by one */
  readonly newUsers?: (count: number) => Promise<string[]>;
  /** Creates a chat group (create_group) owned by `owner` with `members`. */
  readonly newChatGroup: (options: { owner: string; members?: string[] }) => Promise<string>;
  /** CHAT_NAME_MAX_BYTES. */
  readonly nameMaxBytes: number;
  /** CHAT_SEED. */
  readonly seed: number;
  /** CHAT_RUNS: property runs (shrink attempts not counted). */
  readonly runs: number;
  /** CHAT_PATH: replay only this counterexample. @defaultValue undefined */
  readonly path?: string;
  /** CHAT_REPLAY_PATH: the commands' replay path that goes with `path`. @defaultValue undefined */
  readonly replayPath?: string;
  /** Wall-clock budget for the whole property, shrinking included (fast-check interruptAfterTimeLimit). */
  readonly timeBudgetMs: number;
  /** The model's limits and starting choices. @defaultValue documented limits with nameMaxBytes, default choices */
  readonly modelConfig?: ModelConfig;
  /** Where the client records exchanges; the failing run's entries go into the result. @defaultValue undefined */
  readonly transcript?: Pick<Transcript, 'onEntry'>;
  /** Stored counterexamples, replayed first (entries of other families are skipped). @defaultValue [] */
  readonly corpus?: readonly CorpusEntry[];
  /** Longest generated sequence. @defaultValue 15 */
  readonly maxCommands?: number;
}

/** One execution of the predicate that diverged. */
interface FailedRun {
  readonly world: StatefulWorld;
  readonly error: unknown;
}

/**
 * Runs one stateful family as a fast-check model-based property against a target: random
 * command sequences, every answer judged by the oracle, the failure shrunk against the real
 * target (each run and each shrink attempt starts from fresh users and chat groups), and a
 * result that carries everything needed to replay it (seed, path, replayPath).
 *
 * Stored corpus entries of the family are replayed first. Never throws.
 */
export async function runStatefulFamily(family: FamilyName, deps: StatefulDeps): Promise<StatefulResult> {
  const session = new FamilySession(family, deps);
  try {
    for (const entry of deps.corpus ?? []) {
      if (entry.family !== family) continue;
      const replayed = await session.check({ seed: entry.seed, path: entry.path, replayPath: entry.replayPath, numRuns: 1 });
      if (replayed.status === 'failed') return { ...replayed, fromCorpus: entry };
      session.replayedCorpus++;
    }
    if (deps.path !== undefined) return await session.check({ seed: deps.seed, path: deps.path, replayPath: deps.replayPath, numRuns: 1 });
    return await session.check({ seed: deps.seed, numRuns: deps.runs });
  } catch (error) {
    return session.inconclusive(`stateful runner error: ${(error as Error).message?.split('\n')[0] ?? String(error)}`);
  }
}

/** State shared by the property runs of one family. */
class FamilySession {
  replayedCorpus = 0;
  private readonly config: ModelConfig;
  private readonly seen = new Map<string, OracleObservation>();
  private readonly pinned: Partial<Record<keyof UndocumentedChoices, unknown>> = {};
  private completedRuns = 0;
  private inconclusiveReason: string | undefined;
  private lastFailure: FailedRun | undefined;

  constructor(
    private readonly family: FamilyName,
    private readonly deps: StatefulDeps,
  ) {
    this.config = deps.modelConfig ?? modelConfig({ limits: { nameMaxBytes: deps.nameMaxBytes } });
  }

  async check(options: { seed: number; numRuns: number; path?: string; replayPath?: string }): Promise<StatefulResult> {
    this.lastFailure = undefined;
    const definition = STATEFUL_FAMILIES[this.family];
    const commands = fc.commands(definition.commands({ nameMaxBytes: this.deps.nameMaxBytes, customMarkMaxBytes: this.config.limits.customMarkMaxBytes }), {
      maxCommands: this.deps.maxCommands ?? 15,
      size: 'medium',
      ...(options.replayPath !== undefined && { replayPath: options.replayPath }),
    });
    const property = fc.asyncProperty(commands, (cmds) => this.runOnce(cmds));
    const details = await fc.check(property, {
      seed: options.seed,
      numRuns: options.numRuns,
      interruptAfterTimeLimit: this.deps.timeBudgetMs,
      ...(options.path !== undefined && { path: options.path, endOnFailure: true }),
    });
    if (details.failed && details.counterexample !== null && this.lastFailure !== undefined) {
      const replayPath = /replayPath="([^"]*)"/.exec(String(details.counterexample[0]))?.[1] ?? options.replayPath ?? '';
      return this.failed(details.seed, details.counterexamplePath ?? '', replayPath, details.numShrinks, this.lastFailure);
    }
    if (this.inconclusiveReason !== undefined) return this.inconclusive(this.inconclusiveReason);
    if (details.failed) return this.inconclusive(details.interrupted ? `the ${this.deps.timeBudgetMs} ms budget ran out before any run completed` : 'fast-check gave up (too many skipped runs)');
    return { status: 'passed', ...this.common(), interrupted: details.interrupted, replayedCorpus: this.replayedCorpus };
  }

  inconclusive(reason: string): StatefulResult {
    return { status: 'inconclusive', ...this.common(), reason };
  }

  /** One property run: fresh world, the commands, then a final read-back of both actors. */
  private async runOnce(cmds: Iterable<fc.AsyncCommand<object, StatefulWorld>>): Promise<boolean> {
    if (this.inconclusiveReason !== undefined) return true;
    // Recorded from the fixtures on, so the curl commands of a failure rebuild its users and groups too.
    const entries: TranscriptEntry[] = [];
    const unsubscribe = this.deps.transcript?.onEntry((entry) => void entries.push(entry));
    let world: StatefulWorld;
    try {
      world = await this.newWorld(entries);
    } catch (error) {
      unsubscribe?.();
      this.inconclusiveReason = `fixture failed: ${(error as Error).message?.split('\n')[0] ?? String(error)}`;
      return true;
    }
    try {
      await fc.asyncModelRun(() => ({ model: {}, real: world }), cmds);
      await new ReadBack(0, { final: true }).run({}, world);
      await new ReadBack(1, { final: true }).run({}, world);
      this.completedRuns++;
      return true;
    } catch (error) {
      if (error instanceof InconclusiveError) {
        this.inconclusiveReason ??= error.message;
        return true;
      }
      this.lastFailure = { world, error };
      throw error;
    } finally {
      unsubscribe?.();
      for (const observation of world.oracle.observations()) this.seen.set(`${observation.id}=${observation.observed}`, observation);
      for (const [name, value] of Object.entries(world.oracle.pinnedChoices())) {
        if (!(name in this.pinned)) this.pinned[name as keyof UndocumentedChoices] = value;
      }
    }
  }

  /** Three fresh users (actors A, B and a peer) and two chat groups (A+B members; neither). */
  private async newWorld(entries: TranscriptEntry[]): Promise<StatefulWorld> {
    const users = this.deps.newUsers ? await this.deps.newUsers(3) : [await this.deps.newUser(), await this.deps.newUser(), await this.deps.newUser()];
    const [a, b, c] = users as [string, string, string];
    const shared = await this.deps.newChatGroup({ owner: a, members: [b] });
    const foreign = await this.deps.newChatGroup({ owner: c });
    // The fixed choices earlier runs saw stay pinned: a server keeps them for the whole run.
    const oracle = new Oracle({ config: this.config, pinned: this.pinned as Partial<UndocumentedChoices> });
    for (const user of users) oracle.registerUser(user);
    oracle.registerChatGroup({ groupId: shared, owner: a, members: [b] });
    oracle.registerChatGroup({ groupId: foreign, owner: c });
    return new StatefulWorld(this.deps.client, oracle, { actors: [a, b], users: [a, b, c], chatGroups: [shared, foreign] }, entries);
  }

  private failed(seed: number, path: string, replayPath: string, numShrinks: number, run: FailedRun): StatefulFailed {
    const { world, error } = run;
    const divergence =
      error instanceof DivergenceError
        ? error.divergence
        : { step: world.step, title: world.executed[world.step] ?? '', path: 'run', expected: 'no error', actual: (error as Error).message?.split('\n')[0] ?? String(error), line: '' };
    return {
      status: 'failed',
      ...this.common(),
      seed,
      path,
      replayPath,
      commands: [...world.executed],
      divergingStep: divergence.step,
      expected: divergence.expected,
      actual: divergence.actual,
      divergence: divergence.line || `step ${divergence.step} ${divergence.title}: ${divergence.actual}`,
      exchanges: world.entries.length > 0 ? [...world.entries] : world.exchanges.map(toEntry),
      numShrinks,
    };
  }

  private common() {
    return {
      family: this.family,
      seed: this.deps.seed,
      numRuns: this.completedRuns,
      observations: [...this.seen.values()],
      pinnedChoices: { ...this.pinned } as Partial<UndocumentedChoices>,
    };
  }
}

/** A transcript-like entry from the world's own log (when the caller gave no transcript). */
function toEntry(exchange: StatefulWorld['exchanges'][number], index: number): TranscriptEntry {
  const { outcome } = exchange;
  return {
    seq: index + 1,
    api: exchange.api,
    url: `v4/${exchange.api}?usersig=<redacted>`,
    requestBody: exchange.requestBody,
    ...(outcome.kind === 'answered' || outcome.kind === 'malformed' ? { httpStatus: outcome.httpStatus, responseBody: outcome.rawBody } : {}),
    startedAt: '',
    elapsedMs: outcome.elapsedMs,
    attempts: outcome.attempts,
    outcome: outcome.kind,
    schemaErrors: [],
  };
}
