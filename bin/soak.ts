/**
 * `npm run soak -- --duration 10m`: the stateful families round after round, at the documented
 * cap (CHAT_RATE_LIMIT per API, all lanes together), against the configured target: the embedded
 * mock by default, like `npm run conformance`, or CHAT_TARGET_URL / CHAT_REGION for staging.
 *
 * Why a bin driving runStatefulFamily and not a Playwright soak project: the soak's figures
 * (live calls/s, latency per API, memory over time) live in one process here, while Playwright
 * would split them across worker processes and cap each test's time; the pieces a spec would
 * reuse (runStatefulFamily, the guarded client, cleanupResources, the resource ledger, the replay
 * line, buildSummary and writeReports) are all reused directly.
 *
 * Exit 0 no divergence, 1 a divergence (with its replay line), 2 bad arguments or configuration,
 * an unreachable target, or a soak stopped by a signal before any divergence (no verdict).
 * Ctrl-C (SIGINT) or SIGTERM stops the rounds, cleans up and still writes the reports; a second
 * one quits at once.
 */
import path from 'node:path';
import { STATEFUL_FAMILIES } from '../generators/families';
import { preflightTarget } from '../lib/client/preflightTarget';
import { formatConfigError } from '../lib/config/formatConfigError';
import { loadConfig } from '../lib/config/loadConfig';
import { failureLines } from '../lib/report/failureLines';
import { loadReportInputs } from '../lib/report/loadReportInputs';
import { reportsDir } from '../lib/report/reportsDir';
import { targetLabel } from '../lib/report/targetLabel';
import { writeReports } from '../lib/report/writeReports';
import { buildSoakSummary } from '../lib/soak/buildSoakSummary';
import { LiveLine } from '../lib/soak/LiveLine';
import { MemorySampler } from '../lib/soak/MemorySampler';
import { parseSoakArgs, SOAK_USAGE } from '../lib/soak/parseSoakArgs';
import type { SoakFacts } from '../lib/soak/SoakFacts';
import { soakClosingLine } from '../lib/soak/soakClosingLine';
import { SoakTraffic } from '../lib/soak/SoakTraffic';
import type { RunningMock } from '../mock/MockOptions';
import { faultsByName } from '../mock/faults/index';
import { startMockServer } from '../mock/startMockServer';
import { SoakRunner } from '../tests/conformance/soak/SoakRunner';
import { appendCorpus, targetCorpusFile } from '../tests/conformance/stateful/corpusFile';
import { corpusSlug } from '../tests/conformance/stateful/corpusSlug';
import { mockExtrasFromEnv, mockExtrasSet } from '../tests/conformance/support/mockExtrasFromEnv';
import { newRunId } from '../tests/conformance/support/newRunId';
import { ResourceLedger } from '../tests/conformance/support/ResourceLedger';

/** reports/soak/, or RCC_REPORTS_DIR itself (the self-tests point it at a temporary folder). */
const outDir = process.env.RCC_REPORTS_DIR ? reportsDir() : path.join(reportsDir(), 'soak');

function giveUp(line: string): never {
  console.error(line);
  process.exit(2);
}

async function main(): Promise<void> {
  const args = parseSoakArgs(process.argv.slice(2), { workers: Number(process.env.RCC_WORKERS) || 2 });
  if (!args.ok) giveUp(`soak: ${args.error}`);
  if (args.help) {
    console.log(SOAK_USAGE);
    return;
  }
  const { options } = args;
  const loaded = loadConfig();
  if (!loaded.ok) giveUp(formatConfigError(loaded.error));
  const config = loaded.config;

  let mock: RunningMock | undefined;
  const extras = mockExtrasFromEnv(process.env);
  if (config.target.kind === 'remote') {
    const ignored = mockExtrasSet(process.env);
    if (ignored.length > 0) console.error(`warning: ${ignored.join(', ')} ignored: they only apply to the embedded mock`);
    const problem = await preflightTarget(config, config.target.baseUrl);
    if (problem) giveUp(problem);
  } else {
    if (!extras.ok) giveUp(`config error: ${extras.error}`);
    const faults = faultsByName(extras.options.faults ?? []);
    if (!faults.ok) giveUp(`config error: CHAT_MOCK_FAULTS: ${faults.error}`);
    mock = await startMockServer({ port: 0, sdkAppId: config.sdkAppId, admin: config.admin, secretKey: config.secretKey, nameMaxBytes: config.nameMaxBytes, rateLimit: config.rateLimit, ...extras.options });
  }
  const baseUrl = mock?.url ?? (config.target.kind === 'remote' ? config.target.baseUrl : '');
  const runId = process.env.RCC_RUN_ID || newRunId();
  const ledger = new ResourceLedger({ dir: outDir, runId });
  const traffic = new SoakTraffic();
  const sampler = new MemorySampler({ everyMs: 5000 });
  const live = new LiveLine({ stream: process.stdout, plannedMs: options.durationMs });
  const startedAt = new Date();
  const started = performance.now();
  /** Replay lines of the first 100 divergences (a fault that every round hits must not grow memory for hours). */
  const replays: string[] = [];
  let divergences = 0;
  // The same per-target corpus the stateful spec reads and writes (tests/conformance/stateful/corpusFile.ts).
  const corpusFile = targetCorpusFile(corpusSlug({ baseUrl, embedded: mock !== undefined }, extras.ok ? extras.options : {}), config.corpusDir);
  const runner = new SoakRunner({
    config, baseUrl, embedded: mock !== undefined, options, runId, ledger, traffic,
    deadline: started + options.durationMs,
    storeCounterexample: (entry) => {
      const stored = appendCorpus(corpusFile, entry);
      if (!stored.ok) live.print(`warning: counterexample not stored: ${stored.error}`);
    },
    onDivergence: (d) => {
      divergences++;
      if (replays.length < 100) replays.push(d.replay);
      live.print(`✘ divergence in ${d.family} (round ${d.round}, seed ${d.seed}): ${d.divergence.split('\n')[0]}\n    replay: ${d.replay}`);
    },
  });
  console.log(`soak: ${options.duration} against ${mock ? 'the embedded mock' : targetLabel(undefined, config)} · ${options.workers} workers · ${config.rateLimit || 'no'} calls/s per API · seed ${config.seed} · run ${runId}`);

  let endedBy: SoakFacts['endedBy'] = 'deadline';
  const onSignal = (signal: 'SIGINT' | 'SIGTERM') => () => {
    if (endedBy !== 'deadline') giveUp(`soak: ${signal} again: quitting without cleanup; resources are listed in ${ledger.file}`);
    endedBy = signal;
    live.print(`soak: ${signal}: stopping the rounds, cleaning up and writing the report (again to quit at once)`);
    runner.stop(signal);
  };
  process.on('SIGINT', onSignal('SIGINT'));
  process.on('SIGTERM', onSignal('SIGTERM'));
  const elapsed = () => performance.now() - started;
  const tick = () => live.tick({ elapsedMs: elapsed(), plannedMs: options.durationMs, calls: traffic.calls, rounds: runner.rounds, divergences, inconclusive: inconclusiveRounds(runner) });
  const ticker = setInterval(tick, 1000);
  await runner.run();
  clearInterval(ticker);
  tick();
  live.end();
  const durationMs = Math.round(elapsed());
  const samples = sampler.stop();

  const prefix = `rcc_${runId}_`;
  const left = ledger.outstanding();
  const leftover: SoakFacts['leftover'] = mock
    ? { users: [...mock.state().users.keys()].filter((id) => id.startsWith(prefix)).length, chatGroups: mock.state().chatGroups.size, checkedBy: 'embedded mock state' }
    : { users: left.user.length, chatGroups: left['chat-group'].length, checkedBy: 'resource ledger' };
  if (mock || (left.user.length === 0 && left['chat-group'].length === 0)) ledger.discard();
  await mock?.close();

  const inputs = await loadReportInputs();
  const rules = new Set(Object.values(STATEFUL_FAMILIES).map((f) => f.rule));
  const tallies = runner.tallies.map((t) => t.tally());
  const soak: SoakFacts = {
    duration: options.duration, plannedMs: options.durationMs, endedBy, workers: options.workers, runsPerRound: options.runsPerRound, rateLimit: config.rateLimit,
    families: tallies, calls: traffic.calls, callsPerSecond: Math.round((traffic.calls * 10_000) / Math.max(1, durationMs)) / 10,
    divergences: tallies.reduce((n, t) => n + t.failed, 0), inconclusive: inconclusiveRounds(runner),
    frequencyLimitAnswers: traffic.frequencyLimitAnswers(), memory: { everyMs: sampler.everyMs, samples }, replays, leftover,
  };
  const leftLines = leftover.users + leftover.chatGroups > 0 ? [`${leftover.users} accounts and ${leftover.chatGroups} chat groups left on the target (${leftover.checkedBy})`] : [];
  const summary = buildSoakSummary({
    records: runner.tallies.flatMap((t) => t.toRecords()),
    catalogue: inputs.rules.filter((r) => rules.has(r.id)),
    toCurl: inputs.toCurl,
    problems: inputs.problems,
    run: { target: mock ? 'embedded mock' : targetLabel(undefined, config), sdkAppId: config.sdkAppId, suiteVersion: inputs.suiteVersion, specHash: inputs.specHash, seed: config.seed, startedAt: startedAt.toISOString(), durationMs },
    soak, traffic: traffic.traffic(), cleanupFailures: [...runner.cleanupFailures, ...leftLines],
    inconclusiveReasons: Object.fromEntries(runner.tallies.map((t) => [t.family.name, t.inconclusiveReasons()])),
  });
  try {
    writeReports(summary, outDir, { secrets: [config.secretKey] });
  } catch (error) {
    giveUp(`soak: cannot write reports to ${outDir}: ${(error as Error).message.split('\n')[0]}`);
  }
  for (const line of failureLines(summary)) console.log(line);
  console.log(soakClosingLine(summary, path.join(outDir, 'index.html')));
  process.exit(summary.verdict === 'pass' ? 0 : summary.verdict === 'fail' ? 1 : 2);
}

function inconclusiveRounds(runner: SoakRunner): number {
  return runner.tallies.reduce((n, t) => n + t.tally().inconclusive, 0);
}

main().catch((error: unknown) => giveUp(`soak failed: ${(error as Error).message?.split('\n')[0] ?? String(error)}`));
