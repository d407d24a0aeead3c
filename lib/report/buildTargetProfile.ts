import { CHOICE_NAMES, CHOICE_POINTS } from '../model/choicePoints';
import type { ChoiceName } from '../model/types';
import type { Observation, TargetProfileEntry } from './types';

/** `choice.<name>` observations carry `<name>: v1 | v2` (lib/oracle/describeChoice.ts). */
const CHOICE_ID = /^choice\.([A-Za-z0-9]+)$/;

/**
 * The run's target profile: for each choice point of the registry (lib/model/choicePoints.ts)
 * that some test saw resolved, every value seen and by which tests. One store for the stateful
 * oracle's pinned and per-request choices and the observation tests, which record their
 * findings under the same `choice.<name>` ids. A fixed point seen with two values is listed
 * with both: the target did not keep it fixed, which a reader should notice.
 */
export function buildTargetProfile(observations: readonly Observation[]): TargetProfileEntry[] {
  const byChoice = new Map<ChoiceName, { values: Set<string>; tests: Set<string> }>();
  for (const observation of observations) {
    const name = CHOICE_ID.exec(observation.id)?.[1] as ChoiceName | undefined;
    if (name === undefined || !(CHOICE_NAMES as readonly string[]).includes(name)) continue;
    const entry = byChoice.get(name) ?? { values: new Set<string>(), tests: new Set<string>() };
    const shown = observation.observed.startsWith(`${name}: `) ? observation.observed.slice(name.length + 2) : observation.observed;
    for (const value of shown.split(' | ')) entry.values.add(value);
    for (const test of observation.test.split('; ')) if (test) entry.tests.add(test);
    byChoice.set(name, entry);
  }
  return CHOICE_NAMES.filter((name) => byChoice.has(name)).map((name) => ({
    choice: name,
    gap: CHOICE_POINTS[name].gap,
    values: [...byChoice.get(name)!.values].sort(),
    scope: CHOICE_POINTS[name].scope,
    tests: [...byChoice.get(name)!.tests].sort(),
  }));
}
