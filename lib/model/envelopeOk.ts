import type { ModelResponse } from './types';

/**
 * A success envelope with the API's own fields: `{...fields, "ActionStatus":"OK",
 * "ErrorCode":0, "ErrorInfo":""}` (notes §1.2; the samples put the API fields first).
 * `ErrorDisplay` is left out: only the older samples carry it.
 */
export function envelopeOk(fields: Readonly<Record<string, unknown>> = {}): ModelResponse {
  return { ...fields, ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' };
}
