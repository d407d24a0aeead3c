/**
 * `npm run mutation`: proves the conformance suite catches real deviations and never flags a
 * correct server. Runs the whole suite (bin/conformance.ts) against the embedded mock once per
 * seeded fault (CHAT_MOCK_FAULTS, names from mock/faults/index.ts) and once per conforming preset
 * (default, alternative), each in its own reports folder; prints one row per run and
 * `killed K/N`, `false alarms: 0`. Writes reports/mutation.json (read by `npm run bench`).
 *
 *   npm run mutation                               every fault, suite defaults (long)
 *   npm run mutation -- --quick                    representative faults, CHAT_RUNS=5
 *   npm run mutation -- --faults clear-mark-ignored,usersig-unchecked --jobs 2
 *
 * Exit 0 when every fault was killed and no conforming run failed a rule; 1 otherwise; 2 on bad arguments.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runLanes } from '../bench/harness/runLanes';
import { formatMutationTable, mutationPassed } from '../bench/mutation/formatMutationTable';
import type { MutationCase, MutationReport } from '../bench/mutation/MutationReport';
import { parseMutationArgs, QUICK_FAULTS } from '../bench/mutation/parseMutationArgs';
import { runMutationCase } from '../bench/mutation/runMutationCase';
import type { MutationSubject } from '../bench/mutation/runMutationCase';
import { reportsDir } from '../lib/report/reportsDir';
import { FAULT_NAMES, SEEDED_FAULTS } from '../mock/faults/index';

const parsed = parseMutationArgs(process.argv.slice(2));
if (!parsed.ok) {
  console.error(`mutation: ${parsed.error}`);
  process.exit(2);
}
const options = parsed.options;
const faults = options.faults ?? (options.quick ? [...QUICK_FAULTS] : [...FAULT_NAMES]);
const unknown = faults.filter((name) => !FAULT_NAMES.includes(name));
if (unknown.length > 0) {
  console.error(`mutation: unknown fault "${unknown[0]}" (npm run mock -- --list-faults)`);
  process.exit(2);
}

/** Correct servers: both presets, three chaos seeds and a flaky network. Any failed rule on one is a false alarm. */
const CONFORMING: MutationSubject[] = [
  { kind: 'conforming', preset: 'default' },
  { kind: 'conforming', preset: 'alternative' },
  ...[1, 2, 3].map((chaosSeed): MutationSubject => ({ kind: 'conforming', preset: 'chaos', chaosSeed })),
  { kind: 'conforming', preset: 'flaky' },
];

const subjects: MutationSubject[] = [
  ...(options.conforming ? CONFORMING : []),
  ...faults.map((fault): MutationSubject => {
    const breaksRule = SEEDED_FAULTS.find((seeded) => seeded.name === fault)?.breaksRule;
    return { kind: 'fault', fault, ...(breaksRule ? { breaksRule } : {}) };
  }),
];
console.log(
  `mutation: ${faults.length} fault(s)${options.conforming ? ` + ${CONFORMING.length} conforming runs` : ''}, ${options.jobs} at a time` +
    `${options.runs !== undefined ? `, CHAT_RUNS=${options.runs}` : ''}, timeout ${Math.round(options.timeoutMs / 1000)} s per run`,
);

const cases: MutationCase[] = new Array(subjects.length);
await runLanes(subjects.length, options.jobs, async (index) => {
  const subject = subjects[index]!;
  const result = await runMutationCase(subject, { timeoutMs: options.timeoutMs, ...(options.runs !== undefined ? { runs: options.runs } : {}) });
  cases[index] = result;
  const said = result.status === 'killed' || result.status === 'false-alarm' ? `${result.status} by ${result.failedRules.join(', ')}` : result.status;
  console.log(`  ${result.name}: ${said}${result.error ? ` (${result.error})` : ''} · ${(result.wallMs / 1000).toFixed(1)} s`);
});

const faultCases = cases.filter((entry) => entry.kind === 'fault');
const report: MutationReport = {
  generatedAt: new Date().toISOString(),
  quick: options.quick,
  ...(options.runs !== undefined ? { runs: options.runs } : {}),
  cases,
  killed: faultCases.filter((entry) => entry.status === 'killed').length,
  faults: faultCases.length,
  falseAlarms: cases.filter((entry) => entry.status === 'false-alarm').flatMap((entry) => entry.failedRules.map((rule) => `${entry.name} → ${rule}`)),
};
console.log(`\n${formatMutationTable(report)}`);
const out = path.resolve(options.out ?? path.join(reportsDir(), 'mutation.json'));
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
console.log(`wrote ${path.relative(process.cwd(), out) || out}`);
process.exit(mutationPassed(report) ? 0 : 1);
