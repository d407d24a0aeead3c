import type { Observation } from './types';

/**
 * One row per distinct observed behaviour: the same answer to the same question seen by
 * several tests (or several property runs) is one fact, listed once with how often it was
 * seen and by which tests. Different answers to one question stay separate rows, which is
 * exactly what a reader needs to notice (an inconsistent target).
 */
export function mergeObservations(observations: readonly Observation[]): Observation[] {
  const byFact = new Map<string, Observation & { seen: number; tests: string[] }>();
  for (const observation of observations) {
    const key = `${observation.id}\u0000${observation.observed}`;
    const known = byFact.get(key);
    if (known === undefined) byFact.set(key, { ...observation, seen: 1, tests: [observation.test] });
    else {
      known.seen++;
      if (!known.tests.includes(observation.test)) known.tests.push(observation.test);
    }
  }
  return [...byFact.values()].map(({ tests, ...merged }) => ({ ...merged, test: tests.join('; ') }));
}
