/**
 * `npm run report:merge -- <dir> <dir> … [--out reports/merged]`: the reports of the
 * `npm run conformance -- --shard=i/n` runs of one run (each with its own RCC_REPORTS_DIR, e.g. one
 * CI job each) as one verdict, one summary.json, one index.html and one junit.xml.
 *
 * Why merge summary.json files and not Playwright blob reports: the verdict, the rule statuses,
 * observations and evidence are what the suite reports, and summary.json already holds them; merging
 * them needs no extra reporter in every shard (a blob report zips every attachment of every test),
 * works on the reports any earlier run left, and the merge rule per rule status is ours to state
 * (lib/report/mergeRuleResults.ts). The cost: Playwright's own HTML report stays one per shard.
 *
 * Exit 0 pass, 1 a documented rule failed in some shard, 2 a folder without a readable summary, runs
 * that are not shards of one run, or a missing or repeated shard (merged with verdict `error`).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { failureLines } from '../lib/report/failureLines';
import { mergeJunit } from '../lib/report/mergeJunit';
import { label, mergeSummaries, type MergeInput } from '../lib/report/mergeSummaries';
import { reportsDir } from '../lib/report/reportsDir';
import type { Summary } from '../lib/report/types';
import { verdictLine } from '../lib/report/verdictLine';
import { writeReports } from '../lib/report/writeReports';

const USAGE = 'usage: npm run report:merge -- <reports dir> <reports dir> … [--out reports/merged]';

function giveUp(line: string): never {
  console.error(`report:merge: ${line}`);
  process.exit(2);
}

function parseArgs(argv: readonly string[]): { dirs: string[]; out: string } {
  const dirs: string[] = [];
  let out = path.join(reportsDir(), 'merged');
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    if (arg === '--out' || arg.startsWith('--out=')) {
      const value = arg === '--out' ? argv[++i] : arg.slice('--out='.length);
      if (!value) giveUp('--out needs a folder');
      out = value;
    } else if (arg.startsWith('-')) giveUp(`unknown option ${JSON.stringify(arg.slice(0, 40))} (${USAGE})`);
    else dirs.push(arg);
  }
  if (dirs.length === 0) giveUp(`no reports folders given (${USAGE})`);
  const outAbs = path.resolve(out);
  if (dirs.some((dir) => path.resolve(dir) === outAbs)) giveUp(`--out ${out} is one of the folders being merged; choose another`);
  return { dirs, out };
}

/** A folder's summary.json, checked enough that merging cannot trip over it. */
function readSummary(dir: string): Summary {
  const file = path.join(dir, 'summary.json');
  if (!existsSync(file)) giveUp(`${dir}: no summary.json (is it the RCC_REPORTS_DIR of a conformance run?)`);
  let parsed: Partial<Summary>;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<Summary>;
  } catch (error) {
    giveUp(`${file}: not JSON: ${(error as Error).message.split('\n')[0]}`);
  }
  const ok = ['pass', 'fail', 'error'].includes(String(parsed.verdict)) && Array.isArray(parsed.rules) && Array.isArray(parsed.observations) && Array.isArray(parsed.limits) && Array.isArray(parsed.errorCodes) && Array.isArray(parsed.traffic?.perEndpoint);
  if (!ok) giveUp(`${file}: not a conformance summary (verdict, rules, observations, limits, errorCodes, traffic expected)`);
  if (parsed.soak) giveUp(`${file}: is a soak report; report:merge merges the shards of a conformance run`);
  return parsed as Summary;
}

function main(): void {
  const { dirs, out } = parseArgs(process.argv.slice(2));
  const inputs: MergeInput[] = dirs.map((dir) => ({ dir, summary: readSummary(dir) }));
  const merged = mergeSummaries(inputs);
  if (!merged.ok) giveUp(merged.error);
  const junitSources = inputs.filter((i) => existsSync(path.join(i.dir, 'junit.xml'))).map((i) => ({ label: label(i), xml: readFileSync(path.join(i.dir, 'junit.xml'), 'utf8') }));
  const missing = inputs.filter((i) => !existsSync(path.join(i.dir, 'junit.xml'))).map((i) => `${label(i)}: no junit.xml; its tests are missing from the merged one`);
  const junit = mergeJunit(junitSources, { timeSeconds: merged.summary.durationMs / 1000 });
  const problems = [...missing, ...junit.problems];
  const summary: Summary = problems.length ? { ...merged.summary, reportProblems: [...(merged.summary.reportProblems ?? []), ...problems] } : merged.summary;
  try {
    const written = writeReports(summary, out, { secrets: [process.env.CHAT_SECRET_KEY] });
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, 'junit.xml'), junit.xml);
    for (const line of problems) console.error(`warning: ${line}`);
    for (const line of failureLines(summary)) console.log(line);
    console.log(`merged ${inputs.map(label).join(', ')}`);
    console.log(verdictLine(summary, { failures: 0, inconclusive: 0, requests: summary.requests }, written.indexHtml));
  } catch (error) {
    giveUp(`cannot write the merged reports to ${out}: ${(error as Error).message.split('\n')[0]}`);
  }
  process.exit(summary.verdict === 'pass' ? 0 : summary.verdict === 'fail' ? 1 : 2);
}

main();
