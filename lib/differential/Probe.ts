import type { ApiPath } from '../apis';
import type { ChoiceName } from '../model/types';

/**
 * One call sent to both targets. The body is symbolic: `{u0}`, `{u1}`… stand for the probe's
 * fresh users and `{g0}`… for its chat groups, each side filling in its own (SideIdentity.ts),
 * so the two targets get the same request up to the names of what each one created.
 */
export interface CallStep {
  readonly title: string;
  readonly api: ApiPath;
  readonly body: unknown;
}

/**
 * Every get_contact_group page of user `{u<readAll>}`, compared as one answer: the page size
 * and the order are undocumented (notes §3.6), so only the union counts.
 */
export interface ReadAllStep {
  readonly title: string;
  readonly readAll: number;
}

export type ProbeStep = CallStep | ReadAllStep;

/** A step's answer on one side, with its own users and chat groups replaced by tokens; undefined when the answer was lost. */
export type StepAnswer = Record<string, unknown> | undefined;

/**
 * A scripted or random sequence the differential sends to both targets in lockstep. Each
 * probe starts from fresh users (and chat groups) on each side.
 */
export interface Probe {
  /** Stable id, used in replay lines: `choice.groupIdAllocation`, `rule.mark-set-clear`, `random.3`. */
  readonly id: string;
  readonly kind: 'choice' | 'rule' | 'random';
  readonly title: string;
  /** The registry point a `choice` probe makes visible (lib/model/choicePoints.ts). */
  readonly choice?: ChoiceName;
  /** Fresh users on each side: `{u0}` … `{u<users-1>}`. */
  readonly users: number;
  /** Chat groups on each side (`{g0}`…), by owner and member user index. @defaultValue [] */
  readonly chatGroups?: readonly { readonly owner: number; readonly members?: readonly number[] }[];
  readonly steps: readonly ProbeStep[];
  /**
   * For a `choice` probe: the value of its point as one target's own answers show it (one
   * answer per step), or undefined when they do not show it (e.g. a prerequisite point went
   * the other way).
   */
  readonly reveal?: (answers: readonly StepAnswer[]) => string | undefined;
}

/** True for a read-all step. */
export function isReadAll(step: ProbeStep): step is ReadAllStep {
  return 'readAll' in step;
}
