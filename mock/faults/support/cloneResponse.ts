import type { ModelResponse } from '../../../lib/model/types';

/** A deep, mutable copy of an answer, so a fault never edits the model's objects. */
export function cloneResponse(response: ModelResponse): ModelResponse & Record<string, unknown> {
  return structuredClone(response) as ModelResponse & Record<string, unknown>;
}
