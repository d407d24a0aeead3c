/**
 * The envelope invariants every answer must honour, as a pure check returning
 * the violations (empty = fine). Each violation names the catalogue rule it breaks.
 */
import type { ApiPath } from '../../../lib/apis';
import type { CallOutcome } from '../../../lib/client/types';

/** One broken invariant: the rule and what was expected vs seen. */
export interface Violation {
  rule: string;
  expected: string;
  actual: string;
}

/** Where each API reports its per-item results (notes §3.1–§3.5). */
export function itemResultsOf(api: ApiPath, body: Record<string, unknown>): unknown[] {
  const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
  switch (api) {
    case 'recentcontact/update_contact_group':
      return list((body.UpdateGroupResult as Record<string, unknown> | undefined)?.ContactResultItem);
    case 'recentcontact/mark_contact':
      return list(body.ResultItem);
    case 'recentcontact/create_contact_group':
      return list(body.GroupResultItem).flatMap((group) => list((group as Record<string, unknown> | null)?.ResultItem));
    default:
      return [];
  }
}

/**
 * Checks HTTP 200 + JSON object (the client reports anything else as `malformed`),
 * ActionStatus OK iff ErrorCode 0, ErrorInfo a string, and integer ResultCode +
 * string ResultInfo on every batch item (update_contact_group.page.txt "Error Codes":
 * "The returned HTTP status code for this API is always 200 …").
 */
export function envelopeViolations(api: ApiPath, outcome: CallOutcome): Violation[] {
  if (outcome.kind === 'inconclusive') return [];
  if (outcome.kind === 'malformed') {
    const rule = outcome.httpStatus !== 200 ? 'envelope.http-200' : 'envelope.json-object';
    return [{ rule, expected: 'HTTP 200 with a JSON object body', actual: `HTTP ${outcome.httpStatus}: ${outcome.reason}; body ${clip(outcome.rawBody)}` }];
  }
  const body = outcome.body;
  const out: Violation[] = [];
  if (outcome.httpStatus !== 200) {
    out.push({ rule: 'envelope.http-200', expected: 'HTTP 200', actual: `HTTP ${outcome.httpStatus}` });
  }
  if (typeof body.ErrorCode !== 'number' || !Number.isInteger(body.ErrorCode)) {
    out.push({ rule: 'envelope.json-object', expected: 'ErrorCode an integer', actual: `ErrorCode ${JSON.stringify(body.ErrorCode)}` });
  } else {
    const expectedStatus = body.ErrorCode === 0 ? 'OK' : 'FAIL';
    if (body.ActionStatus !== expectedStatus) {
      out.push({
        rule: 'envelope.action-status-matches-error-code',
        expected: `ActionStatus "${expectedStatus}" with ErrorCode ${body.ErrorCode}`,
        actual: `ActionStatus ${JSON.stringify(body.ActionStatus)} with ErrorCode ${body.ErrorCode}`,
      });
    }
  }
  if (typeof body.ErrorInfo !== 'string') {
    out.push({ rule: 'envelope.error-info-string', expected: 'ErrorInfo a string', actual: `ErrorInfo ${JSON.stringify(body.ErrorInfo)}` });
  }
  for (const [i, item] of itemResultsOf(api, body).entries()) {
    const record = (item ?? {}) as Record<string, unknown>;
    if (!Number.isInteger(record.ResultCode) || typeof record.ResultInfo !== 'string') {
      out.push({
        rule: 'envelope.item-result-fields',
        expected: `item ${i}: integer ResultCode and string ResultInfo`,
        actual: `ResultCode ${JSON.stringify(record.ResultCode)}, ResultInfo ${JSON.stringify(record.ResultInfo)}`,
      });
    }
  }
  return out;
}

function clip(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
