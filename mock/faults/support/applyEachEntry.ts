import type { ApiPath } from '../../../lib/apis';
import { envelopeOk } from '../../../lib/model/envelopeOk';
import type { ModelResult } from '../../../lib/model/types';
import type { FaultContext, ModelStep } from '../types';
import { isRecord } from './isRecord';

/**
 * The "one at a time" bug: a request of `api` naming several entries in `listField` is acted
 * on for every entry, each as a real one-entry model step, and answered with every entry's
 * `resultField` items. A request with fewer than two entries, or with any entry the model
 * refuses on its own, keeps the model's answer (a real bug would fail there too).
 */
export function applyEachEntry(result: ModelResult, step: ModelStep, context: FaultContext, api: ApiPath, listField: string, resultField: string): ModelResult {
  const body = isRecord(step.request.body) ? step.request.body : {};
  const entries = step.request.api === api && Array.isArray(body[listField]) ? (body[listField] as unknown[]) : [];
  if (entries.length < 2) return result;
  let state = step.modelInput;
  const results: unknown[] = [];
  for (const entry of entries) {
    const one = context.apply(state, { ...step.request, body: { ...body, [listField]: [entry] } });
    if (one.response.ErrorCode !== 0) return result;
    state = one.state;
    results.push(...(Array.isArray(one.response[resultField]) ? (one.response[resultField] as unknown[]) : []));
  }
  return { ...result, state, response: envelopeOk({ [resultField]: results }) };
}
