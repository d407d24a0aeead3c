import type { Chooser } from './HandlerContext';
import type { ChoiceName } from './types';

/** How to enumerate: which values a plain choice point may take, and how many outcomes at most. */
export interface EnumerationOptions {
  /**
   * The values to try for a plain (non-pick) choice point: a value already pinned, the
   * registry's values, or a wildcard. Never empty.
   */
  readonly valuesOf: (name: ChoiceName) => readonly unknown[];
  /** Stop after this many outcomes. */
  readonly maxOutcomes: number;
}

/** Every outcome of `run`, and whether the enumeration stopped at maxOutcomes. */
export interface Enumeration<T> {
  readonly outcomes: readonly T[];
  readonly truncated: boolean;
}

/**
 * Every outcome a pure, chooser-driven computation can have: runs it once per path through
 * its choice points, depth first, each run following a prefix of decisions and taking the
 * first option after it. Re-running is cheap because the model is pure and a request meets
 * few points (each is decided once per request).
 */
export function enumerateOutcomes<T>(run: (chooser: Chooser) => T, options: EnumerationOptions): Enumeration<T> {
  const outcomes: T[] = [];
  const pending: number[][] = [[]];
  while (pending.length > 0) {
    if (outcomes.length >= options.maxOutcomes) return { outcomes, truncated: true };
    const path = pending.pop()!;
    const arities: number[] = [];
    const chooser: Chooser = {
      choose(name, given, kind) {
        const values = kind === 'pick' ? given : options.valuesOf(name);
        const index = arities.length < path.length ? path[arities.length]! : 0;
        arities.push(values.length);
        return values[index];
      },
    };
    outcomes.push(run(chooser));
    // Each decision taken by default after the prefix is a branch: queue its other options.
    for (let depth = arities.length - 1; depth >= path.length; depth--) {
      for (let option = arities[depth]! - 1; option >= 1; option--) {
        pending.push([...path, ...new Array<number>(depth - path.length).fill(0), option]);
      }
    }
  }
  return { outcomes, truncated: false };
}
