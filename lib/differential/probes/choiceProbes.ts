import type { ChoiceName } from '../../model/types';
import type { Probe } from '../Probe';
import { GROUP_CHOICE_PROBES } from './groupChoiceProbes';
import { MARK_CHOICE_PROBES } from './markChoiceProbes';
import { MEMBERSHIP_CHOICE_PROBES } from './membershipChoiceProbes';
import { READ_CHOICE_PROBES } from './readChoiceProbes';

/**
 * One scripted probe per registry point (lib/model/choicePoints.ts), in registry order: the
 * type demands every ChoiceName, and tests/self/differential checks each one reveals its
 * point's default and alternative on the two presets of the mock.
 */
export const CHOICE_PROBES: Readonly<Record<ChoiceName, Probe>> = {
  ...GROUP_CHOICE_PROBES,
  ...MEMBERSHIP_CHOICE_PROBES,
  ...MARK_CHOICE_PROBES,
  ...READ_CHOICE_PROBES,
};
