import { CHOICE_NAMES, CHOICE_POINTS } from '../model/choicePoints';
import type { TargetProfileEntry } from '../report/types';
import { choiceValueWords } from './choiceValueWords';
import type { ProfileDifference } from './types';

/**
 * The two target profiles side by side, point by point in registry order: every point either
 * side showed is compared (values seen as a set; a point one side never showed counts as a
 * difference, since what the probes reach depends on earlier choices), and each difference
 * is put in words with the registry's gap.
 */
export function compareProfiles(reference: readonly TargetProfileEntry[], candidate: readonly TargetProfileEntry[]): { differences: ProfileDifference[]; agree: number; compared: number } {
  const differences: ProfileDifference[] = [];
  let compared = 0;
  for (const choice of CHOICE_NAMES) {
    const r = reference.find((entry) => entry.choice === choice)?.values ?? [];
    const c = candidate.find((entry) => entry.choice === choice)?.values ?? [];
    if (r.length === 0 && c.length === 0) continue;
    compared++;
    if (r.length === c.length && r.every((value) => c.includes(value))) continue;
    differences.push({
      choice,
      gap: CHOICE_POINTS[choice].gap,
      scope: CHOICE_POINTS[choice].scope,
      reference: [...r],
      candidate: [...c],
      words: `reference ${choiceValueWords(choice, r)}; candidate ${choiceValueWords(choice, c)}`,
    });
  }
  return { differences, agree: compared - differences.length, compared };
}
