import { envelopeFail } from './envelopeFail';
import { errorInfoOf } from './errorInfo';
import type { HandlerContext } from './HandlerContext';
import { reportedError } from './reportedError';
import type { ChoiceName, ModelResponse } from './types';

/**
 * Why one item of a batch failed:
 * - `g2c`: 51007 (update_contact_group / mark_contact error tables; notes §4.2 "G2C session
 *   permission verification failed");
 * - `cap`: 51008 "The number of grouped conversations has reached the system limit";
 * - `membership`: re-adding a member or removing a non-member, when the target reports it
 *   (reAddMember / removeNonMember), with an undocumented code;
 * - `invalid-mark`: a MarkItem over a documented limit, with an undocumented code.
 */
export type ItemFailureCondition = 'g2c' | 'cap' | 'membership' | 'invalid-mark';

/** A failed item: its condition and code. */
export interface ItemFailure {
  readonly condition: ItemFailureCondition;
  readonly code: number;
}

/** The choice point that places each condition's failures (choicePoints.ts). */
const PLACEMENT: Readonly<Record<ItemFailureCondition, ChoiceName>> = {
  g2c: 'placeG2cFailure',
  cap: 'placeCapFailure',
  membership: 'placeMembershipFailure',
  'invalid-mark': 'placeInvalidMarkValue',
};

/**
 * The item failures of one batch call and where each goes. The documented batch pattern is a
 * per-item ResultCode/ResultInfo with the call OK (notes §1.2, account_delete sample); whether a
 * given condition is reported that way or as the call's ErrorCode is a per-request choice point
 * per condition, and so is whether the other items still take effect when the call fails.
 */
export class BatchFailures {
  private readonly topLevel: number[] = [];

  constructor(private readonly ctx: HandlerContext) {}

  /** The ResultCode/ResultInfo of an item: 0, or its failure if that is placed on the item. */
  record(failure: ItemFailure | undefined): { ResultCode: number; ResultInfo: string } {
    if (failure === undefined) return itemResult(0);
    if (this.ctx.choice(PLACEMENT[failure.condition] as 'placeG2cFailure') === 'top-level') this.topLevel.push(failure.code);
    return itemResult(failure.code);
  }

  /**
   * The FAIL envelope when some failure is placed top level (which one, when several:
   * errorPrecedence), with whether the other items still took effect; undefined when the call is OK.
   */
  callFailure(): { response: ModelResponse; othersApplied: boolean } | undefined {
    const code = reportedError(this.ctx, this.topLevel);
    if (code === undefined) return undefined;
    return { response: envelopeFail(code), othersApplied: this.ctx.choice('othersApplyOnItemFailure') === 'others' };
  }
}

/** The ResultCode/ResultInfo pair of one item. */
export function itemResult(code: number): { ResultCode: number; ResultInfo: string } {
  return { ResultCode: code, ResultInfo: code === 0 ? '' : errorInfoOf(code) };
}
