/**
 * `npm run bench`: measures and prints figures; NEVER fails on time (speed is reported, not judged).
 * Exit 2 only for bad arguments. Figures: throughput, pacing, wall, mock, scale, oracle (see each file).
 *
 *   npm run bench                          all figures (pacing runs 30 s × 3)
 *   npm run bench -- --only pacing --pacing-seconds 60
 *   npm run bench -- --only scale --scale-users 1000,50000
 *   npm run bench -- --quick               smoke run, about a minute
 *
 * Also writes reports/bench.json (RCC_REPORTS_DIR to put it elsewhere).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { reportsDir } from '../lib/report/reportsDir';
import type { BenchFigure, BenchFigureName } from './BenchFigure';
import { formatBenchTable } from './formatBenchTable';
import { measureMockScale } from './mockScale';
import { measureMockThroughput } from './mockThroughput';
import { measureOracleCost } from './oracleCost';
import { measurePacing } from './pacing';
import { parseBenchArgs } from './parseBenchArgs';
import type { BenchOptions } from './parseBenchArgs';
import { measureThroughput } from './throughput';
import { measureWallTime } from './wallTime';

const parsed = parseBenchArgs(process.argv.slice(2));
if (!parsed.ok) {
  console.error(`bench: ${parsed.error}`);
  process.exit(2);
}
const options = parsed.options;

const MEASURES: Record<BenchFigureName, (o: BenchOptions) => Promise<BenchFigure>> = {
  throughput: (o) => measureThroughput({ calls: o.quick ? 200 : 10_000 }),
  pacing: (o) => measurePacing({ seconds: o.pacingSeconds }),
  wall: (o) => measureWallTime(o.quick ? { env: { CHAT_RUNS: '3' } } : {}),
  mock: (o) => measureMockThroughput({ seconds: o.quick ? 2 : 5 }),
  scale: (o) => measureMockScale({ users: o.scaleUsers, seconds: o.quick ? 1 : 5 }),
  // The oracle's cost curve (lead's bench/oracleCost.ts): time per checked step and candidate-set size.
  oracle: (o) => measureOracleCost({ quick: o.quick }),
};

const figures: BenchFigure[] = [];
for (const name of options.only) {
  console.log(`▶ ${name}…`);
  const started = performance.now();
  try {
    const figure = await MEASURES[name](options);
    figures.push(figure);
    console.log(`  ${figure.title} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    // A figure that cannot be measured is a note, not a failure (and never a stack trace).
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    figures.push({ figure: name, title: `${name}: not measured`, rows: [], notes: [`not measured: ${reason}`] });
    console.log(`  not measured: ${reason}`);
  }
}

console.log(`\n${formatBenchTable(figures)}`);
const out = path.join(reportsDir(), 'bench.json');
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify({ generatedAt: new Date().toISOString(), quick: options.quick, figures }, null, 2)}\n`);
console.log(`\nwrote ${path.relative(process.cwd(), out)}`);
