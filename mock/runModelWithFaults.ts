/**
 * One model step with the active faults around it: per-request config, `beforeModel`
 * rewrites, the pure model (lib/model/applyRequest.ts), then `afterModel` rewrites.
 * No model behaviour lives here.
 */
import { applyRequest } from '../lib/model/applyRequest';
import type { ModelConfig, ModelRequest, ModelResult, ModelState } from '../lib/model/types';
import type { FaultContext, FaultHooks } from './faults/types';

export function runModelWithFaults(state: ModelState, request: ModelRequest, baseConfig: ModelConfig, faults: readonly FaultHooks[]): ModelResult {
  let config = baseConfig;
  for (const fault of faults) config = fault.configFor?.(config, request) ?? config;
  // Extra model steps a fault takes run with the same configuration, faults excluded.
  const context: FaultContext = { config, apply: (s, r) => applyRequest(s, r, config) };
  let modelInput = state;
  let modelRequest = request;
  for (const fault of faults) {
    if (!fault.beforeModel) continue;
    ({ state: modelInput, request: modelRequest } = fault.beforeModel(modelInput, modelRequest, context));
  }
  let result = applyRequest(modelInput, modelRequest, config);
  const step = { request, before: state, modelInput };
  for (const fault of faults) result = fault.afterModel?.(result, step, context) ?? result;
  return result;
}
