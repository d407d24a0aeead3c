/**
 * Envelope invariants: what every answer of every endpoint must look like
 * (the response fields and the HTTP-status sentence repeated on every endpoint page, quoted from 53439).
 */
import { defineRule } from './defineRule';
import { DOC_PAGES } from './docPages';

const U = DOC_PAGES.updateContactGroup;

/** Rules every response of every endpoint must honour. */
export const ENVELOPE_RULES = [
  defineRule({
    id: 'envelope.http-200',
    endpoint: 'gateway',
    title: 'answers every request, success or failure, with HTTP 200',
    page: U,
    quote: 'The returned HTTP status code for this API is always 200 unless a network error (such as error 502) occurs.',
  }),
  defineRule({
    id: 'envelope.json-object',
    endpoint: 'gateway',
    title: 'answers with a JSON object carrying ActionStatus, ErrorCode and ErrorInfo',
    page: U,
    quote: 'ActionStatus String The request result. ErrorCode Integer Error code in the conversation operation result. ErrorInfo String Error description in the conversation operation result.',
  }),
  defineRule({
    id: 'envelope.action-status-matches-error-code',
    endpoint: 'gateway',
    title: 'answers ActionStatus OK exactly when ErrorCode is 0, FAIL otherwise',
    page: U,
    quote: 'ActionStatus String The request result. OK: successful. FAIL: failed. ErrorCode Integer Error code in the conversation operation result. 0: successful. Non-zero: failed.',
  }),
  defineRule({
    id: 'envelope.error-info-string',
    endpoint: 'gateway',
    title: 'answers with ErrorInfo as a string (empty on success)',
    page: U,
    quote: 'ErrorInfo String Error description in the conversation operation result.',
  }),
  defineRule({
    id: 'envelope.item-result-fields',
    endpoint: 'gateway',
    title: 'reports each batch item with an integer ResultCode and a string ResultInfo',
    page: U,
    quote: 'ResultCode Integer The result. 0 means success and other values mean failure. ResultInfo String Error description of To_Account. This field is empty if the request is successful.',
  }),
  defineRule({
    id: 'envelope.response-schema',
    endpoint: 'gateway',
    title: 'answers with the documented fields and types (GroupId an integer, Timestamp an integer, marks strings)',
    page: U,
    quote: 'GroupId Integer Current group ID.',
  }),
  defineRule({
    id: 'envelope.failed-call-changes-nothing',
    endpoint: 'gateway',
    title: 'changes nothing when a call fails with ActionStatus FAIL',
    page: U,
    quote: 'ActionStatus String The request result. OK: successful. FAIL: failed.',
  }),
] as const;
