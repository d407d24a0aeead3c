/**
 * One pacing worker process of the `pacing` figure: reads its job from BENCH_PACING_JOB (JSON of
 * PaceFlatOutOptions), runs it, prints the PaceResult as one JSON line. RCC_WORKERS (set by the
 * parent) makes the ChatClient take its share of the per-API budget.
 */
import { paceFlatOut } from './harness/paceFlatOut';
import type { PaceFlatOutOptions } from './harness/paceFlatOut';

try {
  const job = JSON.parse(process.env.BENCH_PACING_JOB ?? '') as PaceFlatOutOptions;
  const result = await paceFlatOut(job);
  process.stdout.write(`${JSON.stringify(result)}\n`);
} catch (error) {
  console.error(`pacing worker: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
