import { addRemoveChurn } from './addRemoveChurn';
import { boundaryLengthNames } from './boundaryLengthNames';
import { renameChains } from './renameChains';
import { setClearMarkBits } from './setClearMarkBits';
import type { FamilyName, StatefulFamily } from './StatefulFamily';

/** The four stateful families, by name. */
export const STATEFUL_FAMILIES: Readonly<Record<FamilyName, StatefulFamily>> = {
  'rename-chains': renameChains,
  'add-remove-churn': addRemoveChurn,
  'set-clear-mark-bits': setClearMarkBits,
  'boundary-length-names': boundaryLengthNames,
};
