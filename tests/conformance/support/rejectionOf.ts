/**
 * Where an answer reports an error. The docs allow both shapes for item-level
 * errors (tencent-chat-api-notes.md §1.2: "Batch APIs report per-item
 * ResultCode/ResultInfo inside arrays while top level may be OK"), so the suite
 * accepts either: a top-level FAIL, or the call OK with a non-zero item ResultCode.
 */
import type { ApiPath } from '../../../lib/apis';
import type { Envelope } from '../../../lib/client/types';
import { itemResultsOf } from './envelopeViolations';

/** How a call ended, seen as one error code. */
export interface Rejection {
  /** 0 when neither the call nor any item failed. */
  code: number;
  where: 'top-level' | 'item' | 'none';
  /** Every non-zero code found (top level first, then items). */
  codes: number[];
}

/** The error an answer carries: top-level ErrorCode first, else the first non-zero item ResultCode. */
export function rejectionOf(api: ApiPath, body: Envelope): Rejection {
  const itemCodes = itemResultsOf(api, body)
    .map((item) => (item as { ResultCode?: unknown } | null)?.ResultCode)
    .filter((code): code is number => typeof code === 'number' && code !== 0);
  if (body.ErrorCode !== 0) return { code: body.ErrorCode, where: 'top-level', codes: [body.ErrorCode, ...itemCodes] };
  if (itemCodes.length > 0) return { code: itemCodes[0]!, where: 'item', codes: itemCodes };
  return { code: 0, where: 'none', codes: [] };
}

/** `ErrorCode 51011`, `ResultCode 51007`, or `OK`: for probes and messages. */
export function describeRejection(rejection: Rejection): string {
  if (rejection.where === 'none') return 'OK (accepted)';
  return rejection.where === 'top-level' ? `ErrorCode ${rejection.code}` : `ResultCode ${rejection.code}`;
}
