import type { FamilyName } from './families/StatefulFamily';

/**
 * One stored counterexample of the regression corpus (reports/corpus/stateful.json):
 * enough to replay it exactly (seed + path + the commands' replayPath, library-notes §2.2)
 * and to read it without replaying.
 */
export interface CorpusEntry {
  readonly family: FamilyName;
  readonly seed: number;
  readonly path: string;
  readonly replayPath: string;
  /** The shrunk command list, readable. */
  readonly commands: readonly string[];
  /** ISO time it was found. */
  readonly foundAt: string;
  /** Regression name, e.g. `regression: stale name after a rename chain`. @defaultValue undefined */
  readonly name?: string;
}
