/**
 * What `npm run differential -- --replay PROBE/STEP` prints: whether the step's answers still
 * differ, and both exchanges (bodies only; the transcript has already redacted every secret).
 * Returns the exit code: 1 when the difference is reproduced, 0 when the answers now match.
 */
import type { DifferentialRun } from '../../lib/differential/runDifferential';

export function printReplay(run: DifferentialRun, replay: { probe: string; step: number }): number {
  const outcome = run.probes[0];
  const found = run.differences.find((d) => d.step === replay.step);
  if (outcome === undefined || outcome.steps <= replay.step) {
    console.error(`not replayed: ${replay.probe} ran ${outcome?.steps ?? 0} step(s)${outcome?.inconclusive.length ? ` (${outcome.inconclusive.join('; ')})` : ''}`);
    return 2;
  }
  if (found === undefined) {
    console.log(`not reproduced: ${replay.probe}/${replay.step}: the answers are equivalent`);
    return 0;
  }
  console.log(`reproduced: ${replay.probe}/${replay.step} ${found.stepTitle}: ${found.path}: reference ${found.reference}, candidate ${found.candidate}`);
  for (const [side, entries] of Object.entries(found.exchanges)) {
    for (const entry of entries) console.log(`  ${side} ${entry.api}\n    request:  ${entry.requestBody}\n    response: ${entry.responseBody ?? `(${entry.outcome})`}`);
  }
  return 1;
}
