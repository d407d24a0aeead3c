/**
 * Envelope invariants: what every answer of every endpoint must look like
 * (tencent-chat-api-notes.md §1.2; repeated on every endpoint page).
 */
import { defineRule } from './defineRule';

const U = 'update_contact_group.page.txt' as const;

/** Rules every response of every endpoint must honour. */
export const ENVELOPE_RULES = [
  defineRule({
    id: 'envelope.http-200',
    endpoint: 'gateway',
    title: 'answers every request, success or failure, with HTTP 200',
    document: U,
    quote: 'The returned HTTP status code for this API is always 200 unless a network error (such as error 502) occurs.',
  }),
  defineRule({
    id: 'envelope.json-object',
    endpoint: 'gateway',
    title: 'answers with a JSON object carrying ActionStatus, ErrorCode and ErrorInfo',
    document: 'tencent-chat-api-notes.md §1.2',
    quote: '{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"", ...api fields... }',
  }),
  defineRule({
    id: 'envelope.action-status-matches-error-code',
    endpoint: 'gateway',
    title: 'answers ActionStatus OK exactly when ErrorCode is 0, FAIL otherwise',
    document: U,
    quote: 'ActionStatus String The request result. OK: successful. FAIL: failed. ErrorCode Integer Error code in the conversation operation result. 0: successful. Non-zero: failed.',
  }),
  defineRule({
    id: 'envelope.error-info-string',
    endpoint: 'gateway',
    title: 'answers with ErrorInfo as a string (empty on success)',
    document: 'tencent-chat-api-notes.md §1.2',
    quote: 'ErrorInfo | String | error text ("" on success)',
  }),
  defineRule({
    id: 'envelope.item-result-fields',
    endpoint: 'gateway',
    title: 'reports each batch item with an integer ResultCode and a string ResultInfo',
    document: U,
    quote: 'ResultCode Integer The result. 0 means success and other values mean failure. ResultInfo String Error description of To_Account. This field is empty if the request is successful.',
  }),
  defineRule({
    id: 'envelope.response-schema',
    endpoint: 'gateway',
    title: 'answers with the documented fields and types (GroupId an integer, Timestamp an integer, marks strings)',
    document: U,
    quote: 'GroupId Integer Current group ID.',
  }),
  defineRule({
    id: 'envelope.failed-call-changes-nothing',
    endpoint: 'gateway',
    title: 'changes nothing when a call fails with ActionStatus FAIL',
    document: U,
    quote: 'ActionStatus String The request result. OK: successful. FAIL: failed.',
  }),
] as const;
