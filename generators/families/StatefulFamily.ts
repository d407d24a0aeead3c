import type fc from 'fast-check';
import type { WorldCommand } from '../commands/WorldCommand';

/** The four stateful properties. */
export type FamilyName = 'rename-chains' | 'add-remove-churn' | 'set-clear-mark-bits' | 'boundary-length-names';

/** What a family's commands need to know about the target. */
export interface FamilyContext {
  /** CHAT_NAME_MAX_BYTES: the group-name limit in UTF-8 bytes. */
  readonly nameMaxBytes: number;
  /** CustomMark limit in UTF-8 bytes. @defaultValue 256 */
  readonly customMarkMaxBytes?: number;
}

/** One stateful property: a weighted mix of commands aimed at one kind of bug. */
export interface StatefulFamily {
  readonly name: FamilyName;
  /** Catalogue rule id, e.g. `stateful.rename-chains`. */
  readonly rule: string;
  /** Playwright test title, e.g. `stateful: rename chains keep names and ids consistent with the model`. */
  readonly title: string;
  /** The command arbitraries of one sequence. */
  commands(context: FamilyContext): fc.Arbitrary<WorldCommand>[];
}
