import type { ApiPath } from '../apis';
import type { CallOutcome, TranscriptEntry } from '../client/types';
import type { ModelConfig } from '../model/types';

/** One call as a side made it: how it ended, and its transcript entry (UserSig and secret key already redacted). */
export interface SideCall {
  readonly outcome: CallOutcome;
  readonly entry?: TranscriptEntry;
}

/**
 * One of the two targets of a differential run, as the lockstep runner needs it. The bin
 * wires it exactly as a single-target run is wired: the keep-alive client paced per API at
 * CHAT_RATE_LIMIT, the run-prefix guard, fresh users and chat groups recorded in a resource
 * ledger and cleaned up at the end (bin/differential/openSide.ts).
 */
export interface DifferentialSide {
  readonly role: 'reference' | 'candidate';
  /** Host only (no credentials), or `embedded mock (…)`. */
  readonly label: string;
  /** The limits the side's oracle judges by (CHAT_NAME_MAX_BYTES). */
  readonly modelConfig: ModelConfig;
  /** Sends one call; deliberately invalid requests are part of the probes, so no request-schema check. Never throws for the target's behaviour. */
  call(api: ApiPath, body: unknown): Promise<SideCall>;
  /** Imports `count` fresh users under the run prefix. */
  newUsers(count: number): Promise<string[]>;
  /** Creates a Public chat group owned by `owner` with `members` (create_group). */
  newChatGroup(owner: string, members: readonly string[]): Promise<string>;
  /** HTTP attempts sent so far, retries included. */
  readonly requestCount: number;
}
