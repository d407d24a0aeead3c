import { CHOICE_POINTS } from '../model/choicePoints';
import type { ChoiceName } from '../model/types';
import { ANY_ERROR_CODE } from './anyErrorCode';
import type { OracleObservation } from './types';

/**
 * The observation recorded when the oracle learns how the target resolves a choice point:
 * the registry's gap as the question, the value as what was seen. `values` are every value
 * seen for it (a per-request point may show several).
 */
export function describeChoice(name: ChoiceName, values: readonly unknown[]): OracleObservation {
  const point = CHOICE_POINTS[name];
  const shown = values.map((value) => (value === ANY_ERROR_CODE ? 'a failure code' : String(value)));
  return { id: `choice.${name}`, endpoint: point.endpoint, question: point.gap, observed: `${name}: ${shown.join(' | ')}` };
}
