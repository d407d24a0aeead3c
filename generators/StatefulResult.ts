import type { UndocumentedChoices } from '../lib/model/types';
import type { TranscriptEntry } from '../lib/client/types';
import type { OracleObservation } from '../lib/oracle/types';
import type { CorpusEntry } from './CorpusEntry';
import type { FamilyName } from './families/StatefulFamily';

interface StatefulCommon {
  readonly family: FamilyName;
  readonly seed: number;
  /** Property runs completed (shrink attempts not counted). */
  readonly numRuns: number;
  /** Undocumented behaviour the oracle pinned, across runs, without duplicates. */
  readonly observations: readonly OracleObservation[];
  /** The choices pinned (first value seen per choice). */
  readonly pinnedChoices: Partial<UndocumentedChoices>;
}

/** Every run matched the model. */
export interface StatefulPassed extends StatefulCommon {
  readonly status: 'passed';
  /** The time budget cut the runs short (still a pass: no divergence was found). */
  readonly interrupted: boolean;
  /** Corpus entries replayed first, all passing. */
  readonly replayedCorpus: number;
}

/** A divergence, shrunk. */
export interface StatefulFailed extends StatefulCommon {
  readonly status: 'failed';
  /** fast-check counterexample path (CHAT_PATH). */
  readonly path: string;
  /** fast-check commands replay path (CHAT_REPLAY_PATH). */
  readonly replayPath: string;
  /** The shrunk sequence as it ran, arguments resolved, the final read-back included. */
  readonly commands: readonly string[];
  /** Index in `commands` of the step whose answer diverged. */
  readonly divergingStep: number;
  readonly expected: string;
  readonly actual: string;
  /** The one divergence line, e.g. `step 3 Search(A, [c2c#0]): search_contact_group …`. */
  readonly divergence: string;
  /** Every exchange of the shrunk run, redacted. */
  readonly exchanges: readonly TranscriptEntry[];
  readonly numShrinks: number;
  /** Set when a stored regression case failed again. */
  readonly fromCorpus?: CorpusEntry;
}

/** Nothing could be judged: no answer from the target, or a fixture failed. */
export interface StatefulInconclusive extends StatefulCommon {
  readonly status: 'inconclusive';
  readonly reason: string;
}

/** What runStatefulFamily returns; it never throws. */
export type StatefulResult = StatefulPassed | StatefulFailed | StatefulInconclusive;
