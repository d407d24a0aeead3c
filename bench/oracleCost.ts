/**
 * The oracle's cost curve: time per checked step, and the size of its candidate set, as a
 * stateful sequence grows from 10 to 1,000 steps. The target is the model itself under the
 * mock's chaos preset, losing 5% of answers (harness/checkChaosSequence.ts), so the oracle has
 * to discover each choice and follow each lost write both ways; no HTTP, so the figure is the
 * oracle alone.
 */
import { percentile } from '../lib/report/percentile';
import type { BenchFigure, BenchFigureName } from './BenchFigure';
import { checkChaosSequence } from './harness/checkChaosSequence';

/** The `oracle` figure of `npm run bench`. */
export async function measureOracleCost(options: { quick?: boolean } = {}): Promise<BenchFigure> {
  const lengths = options.quick ? [10, 100] : [10, 100, 1000];
  const rows: BenchFigure['rows'] = [];
  const notes: string[] = [];
  checkChaosSequence(1, 50); // warm-up: JIT, module loading
  for (const steps of lengths) {
    const result = checkChaosSequence(20261123 + steps, steps, { lostRate: 0.05 });
    if (result.stopped !== undefined) notes.push(`${steps} steps: the oracle stopped on a conforming target (a bug in the oracle): ${result.stopped}`);
    const sorted = [...result.sizes].sort((a, b) => a - b);
    rows.push({
      label: `${steps} steps: time per checked step`,
      value: Math.round(result.usPerStep),
      unit: 'µs',
      aim: '≤ 1,000 µs, flat as the sequence grows',
      detail: `candidate states median ${percentile(sorted, 50)}, max ${sorted[sorted.length - 1] ?? 0}`,
    });
  }
  return { figure: 'oracle' as BenchFigureName, title: 'oracle cost per checked step (chaos target, 5% lost answers)', rows, notes };
}
