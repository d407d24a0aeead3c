import { envelopeFail } from './envelopeFail';
import { errorInfoOf } from './errorInfo';
import type { HandlerContext } from './HandlerContext';
import type { ModelResponse } from './types';

/**
 * Code of an item-level failure the docs leave open: re-adding a member under
 * `reAddMember: 'item-error'`, removing a non-member under `removeNonMember: 'item-error'`.
 * [INF] 50002 "Illegal request parameters", the only generic per-request code of §4.2.
 */
export const MEMBERSHIP_ITEM_ERROR = 50002;

/**
 * Where an item-level failure (51007, 51008, membership errors) goes, per
 * `itemErrorPlacement`: the FAIL envelope when the whole call must fail (the caller then
 * drops its draft, so nothing changes), or undefined when the item carries it
 * (the documented batch pattern: per-item ResultCode/ResultInfo with the call OK, notes §1.2).
 */
export function topLevelFailure(code: number, ctx: HandlerContext): ModelResponse | undefined {
  return ctx.choice('itemErrorPlacement') === 'top-level' ? envelopeFail(code) : undefined;
}

/** The ResultCode/ResultInfo pair of one item. */
export function itemResult(code: number): { ResultCode: number; ResultInfo: string } {
  return { ResultCode: code, ResultInfo: code === 0 ? '' : errorInfoOf(code) };
}
