import { CHOICE_NAMES } from '../../model/choicePoints';
import type { Probe } from '../Probe';
import { CHOICE_PROBES } from './choiceProbes';
import { randomProbes } from './randomProbes';
import { RULE_PROBES } from './ruleProbes';

/** Every probe of a differential run, in the order they are sent: the choice points (registry order), the documented rules, then `random` seeded sequences. */
export function differentialProbes(seed: number, random: number): Probe[] {
  return [...CHOICE_NAMES.map((name) => CHOICE_PROBES[name]), ...RULE_PROBES, ...randomProbes(seed, random)];
}
