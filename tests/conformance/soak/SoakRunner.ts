/**
 * The soak itself: `workers` lanes in one process, each running stateful rounds until the
 * deadline. Round r runs family r mod 4 (round-robin over STATEFUL_FAMILIES) with a seed derived
 * from CHAT_SEED and r, through runStatefulFamily exactly as the stateful spec calls it. Every
 * lane has its own client and transcript (a failing run's exchanges must not mix with another
 * lane's) but the per-API token buckets are per process (lib/client/Pacer.ts), so all lanes
 * together stay under CHAT_RATE_LIMIT. Each round's users and chat groups are removed when it ends.
 */
import { STATEFUL_FAMILIES } from '../../../generators/families';
import { runStatefulFamily } from '../../../generators/runStatefulFamily';
import type { CorpusEntry } from '../../../generators/CorpusEntry';
import type { StatefulResult } from '../../../generators/StatefulResult';
import { ChatClient } from '../../../lib/client/ChatClient';
import { Transcript } from '../../../lib/client/Transcript';
import type { SuiteConfig } from '../../../lib/config/types';
import { deriveRoundSeed } from '../../../lib/soak/deriveRoundSeed';
import type { SoakOptions } from '../../../lib/soak/parseSoakArgs';
import type { SoakTraffic } from '../../../lib/soak/SoakTraffic';
import { createSchemaValidator } from '../../../lib/spec/createSchemaValidator';
import { GuardedClient } from '../support/GuardedClient';
import type { ResourceLedger } from '../support/ResourceLedger';
import { FamilyTally } from './FamilyTally';
import { RoundResources } from './RoundResources';
import { StoppableClient } from './StoppableClient';

/** What the soak needs. */
export interface SoakRunnerOptions {
  config: SuiteConfig;
  /** The target's base URL (the embedded mock's loopback URL, or CHAT_TARGET_URL / CHAT_REGION). */
  baseUrl: string;
  embedded: boolean;
  options: SoakOptions;
  runId: string;
  ledger: ResourceLedger;
  traffic: SoakTraffic;
  /** performance.now() at which no new round starts and running rounds stop exploring. */
  deadline: number;
  /** Told about each divergence as it is found: family, seed, the divergence line and its replay line. */
  onDivergence?: (report: { family: string; round: number; seed: number; divergence: string; replay: string }) => void;
  /** Stores a new counterexample in the target's corpus (replayed first by later conformance runs). */
  storeCounterexample?: (entry: CorpusEntry) => void;
  /** @defaultValue performance.now */
  now?: () => number;
}

/** Below this much time left a lane starts no new round. @defaultValue 500 ms */
const MIN_ROUND_MS = 500;

export class SoakRunner {
  readonly tallies = Object.values(STATEFUL_FAMILIES).map((family) => new FamilyTally(family));
  readonly cleanupFailures: string[] = [];
  private readonly clients: StoppableClient[] = [];
  private readonly now: () => number;
  private nextRound = 0;
  private finished = 0;
  private stopReason: string | undefined;

  constructor(private readonly o: SoakRunnerOptions) {
    this.now = o.now ?? (() => performance.now());
  }

  /** Rounds finished so far. */
  get rounds(): number {
    return this.finished;
  }

  /** Stops every lane: running rounds end within one call, then clean up. */
  stop(reason: string): void {
    this.stopReason ??= reason;
    for (const client of this.clients) client.stop(`soak stopped (${reason})`);
  }

  /** Runs every lane to the deadline (or the stop) and its cleanup. Never rejects. */
  async run(): Promise<void> {
    await Promise.all(Array.from({ length: this.o.options.workers }, (_, lane) => this.lane(lane)));
  }

  private async lane(lane: number): Promise<void> {
    const { config } = this.o;
    const transcript = new Transcript({ secrets: [config.secretKey], maxEntries: 100 });
    transcript.onEntry((entry) => this.o.traffic.record(entry));
    const inner = new ChatClient({
      baseUrl: this.o.baseUrl,
      sdkAppId: config.sdkAppId,
      admin: config.admin,
      secretKey: config.secretKey,
      rateLimit: config.rateLimit,
      timeoutMs: config.timeoutMs,
      validator: createSchemaValidator({ nameMaxBytes: config.nameMaxBytes }),
      transcript,
      // One process: every lane shares the same buckets, so the process gets the whole rate.
      workers: 1,
    });
    const guarded = new GuardedClient(inner, { prefix: `rcc_${this.o.runId}_` });
    const client = new StoppableClient(guarded);
    this.clients.push(client);
    if (this.stopReason !== undefined) client.stop(`soak stopped (${this.stopReason})`);
    let userNumber = 0;
    try {
      while (this.stopReason === undefined && this.o.deadline - this.now() > MIN_ROUND_MS) {
        const round = this.nextRound++;
        const tally = this.tallies[round % this.tallies.length]!;
        const resources = new RoundResources({
          client,
          cleanupClient: guarded,
          prefix: `rcc_${this.o.runId}_w${lane}_`,
          nextUserNumber: () => ++userNumber,
          ledger: this.o.ledger,
          deleteContactGroups: !this.o.embedded,
        });
        const result = await this.round(tally, round, { client, resources, transcript });
        this.cleanupFailures.push(...(await resources.cleanup()));
        this.record(tally, round, result);
      }
    } finally {
      inner.close();
    }
  }

  private round(tally: FamilyTally, round: number, lane: { client: StoppableClient; resources: RoundResources; transcript: Transcript }): Promise<StatefulResult> {
    const { client, resources, transcript } = lane;
    return runStatefulFamily(tally.family.name, {
      client,
      newUser: resources.newUser,
      newUsers: resources.newUsers,
      newChatGroup: resources.newChatGroup,
      transcript,
      nameMaxBytes: this.o.config.nameMaxBytes,
      seed: deriveRoundSeed(this.o.config.seed, round),
      runs: this.o.options.runsPerRound,
      timeBudgetMs: Math.max(MIN_ROUND_MS, Math.floor(this.o.deadline - this.now())),
      // The stored regression cases are the conformance run's job; a soak explores new seeds.
      corpus: [],
    });
  }

  private record(tally: FamilyTally, round: number, result: StatefulResult): void {
    // A round cut short by the deadline or a stop judged nothing: not a finding, not counted.
    if (result.status === 'inconclusive' && (this.stopReason !== undefined || this.now() >= this.o.deadline)) return;
    this.finished++;
    const replay = tally.add(result);
    if (result.status !== 'failed' || replay === undefined) return;
    this.o.storeCounterexample?.({ family: result.family, seed: result.seed, path: result.path, replayPath: result.replayPath, commands: result.commands, foundAt: new Date().toISOString() });
    this.o.onDivergence?.({ family: result.family, round, seed: result.seed, divergence: result.divergence, replay });
  }
}
