/**
 * Types of the property-test oracle (Oracle.ts): how a target's answer is judged
 * against the executable model.
 */
import type { ApiPath } from '../apis';
import type { Observation } from '../report/types';

/** One step of a stateful run: its index in the command sequence and its readable title. */
export interface StepLabel {
  readonly index: number;
  /** e.g. `RenameGroup(A, #0="a" → "b")`. */
  readonly title: string;
}

/** A request as the oracle replays it on the model. */
export interface OracleRequest {
  readonly api: ApiPath;
  /** The body sent to the target. */
  readonly body: unknown;
  /**
   * The body to give the model when it must differ from the target's, e.g. a paging
   * cursor (NextStartIndex is opaque: each side continues from its own). @defaultValue body
   */
  readonly modelBody?: unknown;
}

/** Where the target's answer first differs from the model's. */
export interface Mismatch {
  /** Field path, e.g. `GroupItem[id 1].GroupName`. */
  readonly path: string;
  readonly expected: string;
  readonly actual: string;
}

/** A mismatch placed in its run: the one readable divergence line. */
export interface Divergence extends Mismatch {
  readonly step: number;
  readonly title: string;
  readonly api: ApiPath | 'state';
  /** e.g. `step 4 RenameGroup(…): search GroupItem[id 1].GroupName expected "b" got "a"`. */
  readonly line: string;
}

/** The verdict on one answer. */
export type CheckResult =
  /**
   * The answer is explained. `expected` is one model answer that explains it (e.g. to follow
   * its paging cursor). `indeterminate` says why there was no answer to judge: a write whose
   * answer was lost may or may not have happened, and the oracle now follows both.
   */
  | { readonly ok: true; readonly expected: Record<string, unknown>; readonly indeterminate?: string }
  | { readonly ok: false; readonly divergence: Divergence }
  /** The run cannot be judged further (too many candidate states): never a conformance failure. */
  | { readonly ok: false; readonly inconclusive: string };

/** An observation the oracle made; the spec adds the test title. */
export type OracleObservation = Omit<Observation, 'test'>;
