/**
 * Whether an answer rejects what a test sent, in any place the documents leave open: the call's
 * ErrorCode, or the item's ResultCode with the call OK (the place* choice points,
 * lib/model/choicePoints.ts: "51007 is documented, but not whether it is an item ResultCode
 * (call OK) or the call's ErrorCode"). Pure: the spec asserts on the verdict.
 */
import type { ApiPath } from '../../../lib/apis';
import type { Envelope } from '../../../lib/client/types';
import type { Contact } from './contacts';
import { contactLabel, sameContact } from './contacts';
import { itemResultsOf } from './envelopeViolations';

/** What a rejection must look like. */
export interface RejectionExpectation {
  /**
   * The codes the documents allow (several when several documented errors apply: errorPrecedence).
   * Absent when the documents name none: then any non-zero code (undocumentedErrorCode is open).
   */
  codes?: readonly number[];
  /** The conversation whose batch item must carry the rejection when the call is OK. */
  item?: Contact;
}

/** The verdict, with both sides in words for the failure message and observations. */
export interface RejectionVerdict {
  ok: boolean;
  expected: string;
  /** e.g. `ErrorCode 90001`, `ResultCode 51007 on c2c:u1p0`, `OK (accepted)`. */
  seen: string;
}

export function judgeRejection(api: ApiPath, body: Envelope, expectation: RejectionExpectation = {}): RejectionVerdict {
  const { codes, item } = expectation;
  const allowed = (code: number) => code !== 0 && (codes === undefined || codes.includes(code));
  const expected = `${codes === undefined ? 'any failure code' : codes.join(' or ')} as the ErrorCode, or as the ResultCode of ${item ? contactLabel(item) : 'an item'}`;
  if (body.ErrorCode !== 0) return { ok: allowed(body.ErrorCode), expected, seen: `ErrorCode ${body.ErrorCode}` };
  const items = itemResultsOf(api, body) as { ContactItem?: unknown; ResultCode?: unknown }[];
  const failed = items.filter((result) => typeof result?.ResultCode === 'number' && result.ResultCode !== 0 && (item === undefined || sameContact(result.ContactItem, item)));
  if (failed.length === 0) return { ok: false, expected, seen: item && items.some((result) => sameContact(result?.ContactItem, item)) ? `OK, ResultCode 0 on ${contactLabel(item)}` : 'OK (accepted)' };
  const code = failed[0]!.ResultCode as number;
  return { ok: allowed(code), expected, seen: `ResultCode ${code} on ${contactLabel(failed[0]!.ContactItem)}` };
}
