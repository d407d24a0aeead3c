import type { TranscriptEntry } from '../client/types';
import type { DocSentence, RuleDefinition } from '../rules/types';
import { buildErrorCodeCoverage, type DocumentedErrorCode } from './buildErrorCodeCoverage';
import { buildSentenceCoverage } from './buildSentenceCoverage';
import { computeTraffic } from './computeTraffic';
import { deriveRuleResults } from './deriveRuleResults';
import { buildTargetProfile } from './buildTargetProfile';
import { mergeObservations } from './mergeObservations';
import type { TestRecord } from './TestRecord';
import type { LimitProbe, Summary } from './types';

/** Facts about the run itself, gathered by the reporter: the summary's header, and how the run ended. */
export interface RunFacts extends Pick<Summary, 'target' | 'sdkAppId' | 'suiteVersion' | 'specHash' | 'seed' | 'startedAt' | 'durationMs'> {
  /** Playwright's `FullResult.status`. */
  status: 'passed' | 'failed' | 'timedout' | 'interrupted';
  /** Global errors (`onError`), one line each. */
  errors: readonly string[];
  /** Tests the run planned (0 when it never began). @defaultValue records.length */
  plannedTests?: number;
}

export interface SummaryInputs {
  records: readonly TestRecord[];
  catalogue: readonly RuleDefinition[];
  documentedErrorCodes: readonly DocumentedErrorCode[];
  /** The sentence-coverage matrix (lib/rules/sentenceMatrix.ts); without it the summary has no sentenceCoverage. */
  sentences?: readonly DocSentence[];
  run: RunFacts;
  toCurl: (entry: TranscriptEntry) => string;
  /** Problems found while gathering the inputs (e.g. the catalogue could not be loaded). @defaultValue [] */
  problems?: readonly string[];
}

/**
 * Everything `summary.json` says, computed from plain data (no I/O).
 * Verdict: `fail` when a rule failed; otherwise `error` when the run broke (it errored
 * before any test ran, no test ran at all, a failed test named no rule, or it was
 * interrupted or timed out, so a pass cannot be claimed); otherwise `pass`.
 * Fidelity: documented rules passed / (passed + failed).
 */
export function buildSummary(inputs: SummaryInputs): Summary {
  const { records, run } = inputs;
  const rules = deriveRuleResults(records, inputs.catalogue, {
    toCurl: inputs.toCurl,
    ...(run.status === 'interrupted' && { untouchedDetail: 'not exercised: the run was interrupted' }),
  });
  const traffic = computeTraffic(records.flatMap((r) => r.trafficTranscript));
  const passed = rules.filter((r) => r.status === 'passed').length;
  const failed = rules.filter((r) => r.status === 'failed').length;
  const error = failed > 0 ? undefined : runError(records, run);
  const problems = [...(inputs.problems ?? []), ...records.flatMap((r) => r.problems), ...(records.length > 0 ? run.errors : [])];
  return {
    target: run.target,
    ...(run.sdkAppId !== undefined && { sdkAppId: run.sdkAppId }),
    suiteVersion: run.suiteVersion,
    specHash: run.specHash,
    seed: run.seed,
    startedAt: run.startedAt,
    durationMs: run.durationMs,
    verdict: failed > 0 ? 'fail' : error ? 'error' : 'pass',
    ...(error && { error }),
    requests: traffic.perEndpoint.reduce((sum, e) => sum + e.requests, 0),
    fidelity: { passed, applicable: passed + failed },
    rules,
    observations: mergeObservations(records.flatMap((r) => r.observations)),
    targetProfile: buildTargetProfile(records.flatMap((r) => r.observations)),
    limits: mergeLimits(records.flatMap((r) => r.limits)),
    errorCodes: buildErrorCodeCoverage(inputs.documentedErrorCodes, records.flatMap((r) => r.errorCodes)),
    ...(inputs.sentences && { sentenceCoverage: buildSentenceCoverage(inputs.sentences, inputs.catalogue) }),
    traffic,
    cleanupFailures: records.flatMap((r) => r.cleanup),
    ...(problems.length > 0 && { reportProblems: problems }),
  };
}

function runError(records: readonly TestRecord[], run: RunFacts): string | undefined {
  const ran = records.filter((r) => r.outcome !== 'skipped' || r.inconclusive !== undefined).length;
  if (records.length === 0 && (run.errors.length > 0 || run.status !== 'passed')) {
    return run.errors[0] ?? `the run ${run.status === 'timedout' ? 'timed out' : run.status} before any test ran`;
  }
  // Why an error: a CI gate must not go green on a run that checked nothing (a --grep that matched no test).
  if (records.length === 0) return 'no test ran: check the --grep / --shard arguments';
  const orphans = records.filter((r) => r.outcome === 'unexpected' && r.rules.length === 0);
  if (orphans.length > 0) return `${orphans.length} failed test(s) name no rule, e.g. "${orphans[0]!.title}": ${firstLine(orphans[0]!.errorMessage)}`;
  const planned = run.plannedTests ?? records.length;
  if (run.status === 'interrupted') return `the run was interrupted after ${ran} of ${planned} tests`;
  if (run.status === 'timedout') return `the run hit the global timeout after ${ran} of ${planned} tests`;
  return undefined;
}

/** Probes of the same limit from several tests become one row with every value tried. */
function mergeLimits(probes: readonly LimitProbe[]): LimitProbe[] {
  const merged = new Map<string, LimitProbe>();
  for (const probe of probes) {
    const key = `${probe.rule}|${probe.limit}`;
    const existing = merged.get(key);
    merged.set(key, existing ? { ...existing, tried: [...existing.tried, ...probe.tried] } : { ...probe, tried: [...probe.tried] });
  }
  return [...merged.values()];
}

function firstLine(text: string | undefined): string {
  return (text ?? '').split('\n').find((line) => line.trim())?.trim() ?? '';
}
