/**
 * `npm run differential`: a reference target and a candidate target, side by side. The same
 * seeded probes (a scripted scenario per registry choice point, documented-rule probes,
 * random sequences) go to both in lockstep; every pair of answers is compared after
 * normalising what the documents leave free; each side's own oracle learns its profile; the
 * candidate's documented-rule verdict comes from its own `npm run conformance`.
 *
 * Writes RCC_REPORTS_DIR/differential (or reports/differential, or --out): summary.json and
 * index.html. Exit 0 = equivalent, 1 = a difference (an answer, a profile entry, or a
 * documented rule the candidate broke), 2 = no verdict (bad configuration or arguments, a
 * target unreachable, an interrupted run), always with one clear line.
 * `--replay PROBE/STEP` reruns one probe up to one step and exits 1 if the difference is there.
 */
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { buildDifferentialSummary, NO_RUN, type SummaryFacts } from '../lib/differential/buildDifferentialSummary';
import type { DifferentialSide } from '../lib/differential/DifferentialSide';
import { DIFFERENTIAL_USAGE, parseDifferentialArgs, type DifferentialArgs } from '../lib/differential/parseDifferentialArgs';
import { differentialProbes } from '../lib/differential/probes/differentialProbes';
import { replayLine } from '../lib/differential/replayLine';
import { runDifferential, type DifferentialRun } from '../lib/differential/runDifferential';
import type { CandidateConformance } from '../lib/differential/types';
import { writeDifferentialReports } from '../lib/differential/writeDifferentialReports';
import { loadReportInputs } from '../lib/report/loadReportInputs';
import { reportsDir } from '../lib/report/reportsDir';
import { newRunId } from '../tests/conformance/support/newRunId';
import { openSide, type OpenedSide } from './differential/openSide';
import { printReplay } from './differential/printReplay';
import { readSideConfigs, type SideConfig } from './differential/readSideConfigs';
import { runCandidateConformance } from './differential/runCandidateConformance';

const started = new Date();
let stopping = false;
let child: ChildProcess | undefined;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.error(`${signal}: stopping after the current step, then cleaning up`);
    child?.kill(signal);
  });
}

async function main(): Promise<number> {
  const parsed = parseDifferentialArgs(process.argv.slice(2));
  if (!parsed.ok) return giveUp(`differential: ${parsed.error}`);
  const args = parsed.args;
  if (args.help) {
    console.log(DIFFERENTIAL_USAGE);
    return 0;
  }
  const configs = readSideConfigs(args);
  if (!configs.ok) return giveUp(configs.error);
  const { reference, candidate } = configs;
  const seed = reference.config.seed;
  const outDir = path.resolve(args.out ?? path.join(reportsDir(), 'differential'));
  const runId = newRunId();
  const secrets = [reference.config.secretKey, candidate.config.secretKey];

  const opened: OpenedSide[] = [];
  for (const side of [reference, candidate]) {
    const result = await openSide(side, runId, outDir);
    if (!result.ok) {
      await Promise.all(opened.map((o) => o.close()));
      return giveUp(result.error, { args, reference, candidate, outDir, secrets });
    }
    opened.push(result.opened);
  }
  const [refSide, candSide] = opened.map((o) => o.side) as [DifferentialSide, DifferentialSide];
  const replayOf = replayLine({ seed, sideEnv: [...reference.replayEnv, ...candidate.replayEnv], envFiles: envFileArgs(args) });
  const probes = args.replay ? differentialProbes(seed, Math.max(args.random, randomIndex(args.replay.probe) + 1)).filter((p) => p.id === args.replay!.probe) : differentialProbes(seed, args.random);
  if (probes.length === 0) {
    await Promise.all(opened.map((o) => o.close()));
    return giveUp(`differential: --replay: no probe ${JSON.stringify(args.replay!.probe)} (the report's probe table lists them)`);
  }

  console.log(`differential: reference ${refSide.label} vs candidate ${candSide.label}, seed ${seed}, ${probes.length} probe(s)`);
  let run: DifferentialRun = NO_RUN;
  const cleanupFailures: string[] = [];
  try {
    run = await runDifferential(probes, { reference: refSide, candidate: candSide }, {
      replayOf,
      shouldStop: () => stopping,
      ...(args.replay && { lastStep: args.replay.step }),
      onProbe: (p) => !args.replay && console.log(`  ${p.id}: ${p.steps === 0 ? `not compared (${p.inconclusive[0] ?? 'no steps'})` : p.differences === 0 ? 'equivalent' : `${p.differences} step(s) differ`}`),
    });
  } finally {
    for (const side of opened) cleanupFailures.push(...(await side.close()));
  }
  if (args.replay) return printReplay(run, args.replay);

  let conformance: CandidateConformance = { ran: false, reason: args.noConformance ? '--no-conformance' : 'the run was interrupted' };
  if (!args.noConformance && !stopping) {
    console.log('candidate: running npm run conformance on it alone …');
    const dir = path.join(outDir, 'candidate-conformance');
    conformance = await runCandidateConformance(candidate, dir, { ...(args.conformanceGrep && { grep: args.conformanceGrep }), onChild: (c) => (child = c) });
    if (conformance.ran) conformance = { ...conformance, reportDir: path.relative(outDir, dir) };
  }
  const facts = await summaryFacts({ args, reference, candidate }, { conformance, cleanupFailures, requests: [refSide.requestCount, candSide.requestCount], labels: [refSide.label, candSide.label] });
  const summary = buildDifferentialSummary(run, facts);
  const html = writeDifferentialReports(summary, outDir, secrets);

  const { probes: p, choicePoints: c } = summary.behaviourMatch;
  console.log(`behaviour match: ${p.equivalent}/${p.compared} probes with equivalent answers; profiles agree on ${c.agree}/${c.compared} choice points`);
  for (const d of summary.profileDifferences) console.log(`profile: ${d.choice}: ${d.words}`);
  for (const d of summary.differences.slice(0, 20)) console.log(`differs: ${d.probe}/${d.step} ${d.stepTitle}: ${d.path}: reference ${d.reference}, candidate ${d.candidate}\n  replay: ${d.replay}`);
  if (summary.differences.length > 20) console.log(`… ${summary.differences.length - 20} more in the report`);
  if (conformance.ran) console.log(`candidate conformance: ${conformance.verdict}, fidelity ${conformance.fidelity.passed}/${conformance.fidelity.applicable}${conformance.failedRules.map((r) => `\n  failed: ${r.id}`).join('')}`);
  for (const line of cleanupFailures) console.error(`cleanup: ${line}`);
  console.log(`verdict: ${summary.verdict}${summary.error ? ` (${summary.error})` : ''}; report: ${html}`);
  return summary.verdict === 'equivalent' ? 0 : summary.verdict === 'different' ? 1 : 2;
}

/** `random.<i>` → i, else -1. */
function randomIndex(probe: string): number {
  const match = /^random\.(\d+)$/.exec(probe);
  return match ? Number(match[1]) : -1;
}

function envFileArgs(args: DifferentialArgs): string[] {
  return [...(args.referenceEnv ? ['--reference-env', args.referenceEnv] : []), ...(args.candidateEnv ? ['--candidate-env', args.candidateEnv] : [])];
}

interface RunSetup {
  args: DifferentialArgs;
  reference: SideConfig;
  candidate: SideConfig;
}

/** The header facts: the same suite version and spec hash the single-target report shows (loadReportInputs). */
async function summaryFacts(setup: RunSetup, run: { conformance: CandidateConformance; cleanupFailures: string[]; requests: [number, number]; labels: [string, string]; error?: string }): Promise<SummaryFacts> {
  const { suiteVersion, specHash } = await loadReportInputs();
  return {
    reference: { label: run.labels[0], sdkAppId: setup.reference.config.sdkAppId, requests: run.requests[0] },
    candidate: { label: run.labels[1], sdkAppId: setup.candidate.config.sdkAppId, requests: run.requests[1] },
    suiteVersion,
    specHash,
    seed: setup.reference.config.seed,
    randomSequences: setup.args.random,
    startedAt: started,
    durationMs: Date.now() - started.getTime(),
    candidateConformance: run.conformance,
    cleanupFailures: run.cleanupFailures,
    ...(run.error && { error: run.error }),
  };
}

/** Prints the one line; when the targets were configured, also leaves an `error` summary so a reader finds why. */
async function giveUp(line: string, setup?: RunSetup & { outDir: string; secrets: string[] }): Promise<number> {
  console.error(line);
  if (setup) {
    const labels: [string, string] = [setup.reference, setup.candidate].map((s) => (s.config.target.kind === 'remote' ? new URL(s.config.target.baseUrl).host : 'embedded mock')) as [string, string];
    const facts = await summaryFacts(setup, { conformance: { ran: false, reason: 'the run stopped before it' }, cleanupFailures: [], requests: [0, 0], labels, error: line });
    writeDifferentialReports(buildDifferentialSummary(NO_RUN, facts), setup.outDir, setup.secrets);
  }
  return 2;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`differential run failed: ${(error as Error).message?.split('\n')[0] ?? String(error)}`);
    process.exit(2);
  },
);
