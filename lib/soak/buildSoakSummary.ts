import type { TranscriptEntry } from '../client/types';
import { buildSummary, type RunFacts } from '../report/buildSummary';
import type { TestRecord } from '../report/TestRecord';
import type { RuleResult, Summary, TrafficStats } from '../report/types';
import type { RuleDefinition } from '../rules/types';
import { formatDuration } from './formatDuration';
import type { SoakFacts, SoakFamilyTally } from './SoakFacts';

/** Everything a soak's summary.json says. */
export interface SoakSummaryInputs {
  /** The families' rounds as test records (tests/conformance/soak/FamilyTally.ts). */
  records: readonly TestRecord[];
  /** The rules the soak checks (the stateful families' rules). */
  catalogue: readonly RuleDefinition[];
  toCurl: (entry: TranscriptEntry) => string;
  problems?: readonly string[];
  run: Omit<RunFacts, 'status' | 'errors' | 'plannedTests'>;
  soak: SoakFacts;
  traffic: TrafficStats;
  cleanupFailures: readonly string[];
  /** Inconclusive reasons per family, `; `-joined. */
  inconclusiveReasons: Readonly<Record<string, string>>;
}

/**
 * The soak's summary in the conformance report format: rule statuses, evidence and replay
 * lines from buildSummary, the soak's own traffic figures, and the `soak` section.
 * Verdict as conformance (README "Exit codes"): `fail` on any divergence; otherwise `error`
 * when a signal stopped the soak (it could not run its course) or no round finished; else `pass`.
 */
export function buildSoakSummary(inputs: SoakSummaryInputs): Summary {
  const { soak } = inputs;
  const built = buildSummary({
    records: inputs.records,
    catalogue: inputs.catalogue,
    documentedErrorCodes: [],
    toCurl: inputs.toCurl,
    ...(inputs.problems && { problems: inputs.problems }),
    run: { ...inputs.run, status: 'passed', errors: [], plannedTests: inputs.catalogue.length },
  });
  const rounds = soak.families.reduce((sum, f) => sum + f.passed + f.failed + f.inconclusive, 0);
  const failed = built.rules.some((r) => r.status === 'failed');
  const error = failed ? undefined : soakError(soak, rounds, inputs.run.durationMs);
  const { error: _ignored, ...rest } = built;
  return {
    ...rest,
    verdict: failed ? 'fail' : error ? 'error' : 'pass',
    ...(error && { error }),
    requests: soak.calls,
    rules: built.rules.map((rule) => withRoundCounts(rule, soak.families.find((f) => f.rule === rule.id), inputs.inconclusiveReasons)),
    traffic: inputs.traffic,
    cleanupFailures: [...inputs.cleanupFailures],
    soak,
  };
}

function soakError(soak: SoakFacts, rounds: number, elapsedMs: number): string | undefined {
  if (soak.endedBy !== 'deadline') return `soak stopped by ${soak.endedBy} after ${formatDuration(elapsedMs)} of ${soak.duration}, before any divergence: no verdict`;
  if (rounds === 0) return `no soak round finished in ${soak.duration}: try a longer --duration`;
  return undefined;
}

/** `40 rounds passed (400 runs); 2 inconclusive: …` before the rule's own detail. */
function withRoundCounts(rule: RuleResult, tally: SoakFamilyTally | undefined, reasons: Readonly<Record<string, string>>): RuleResult {
  if (!tally) return rule;
  const total = tally.passed + tally.failed + tally.inconclusive;
  if (total === 0) return rule;
  const parts = [
    `${tally.passed} of ${total} rounds passed (${tally.runs} runs)`,
    ...(tally.failed > 0 ? [`${tally.failed} diverged`] : []),
    ...(tally.inconclusive > 0 ? [`${tally.inconclusive} inconclusive: ${reasons[tally.family] ?? ''}`.trim()] : []),
  ];
  const own = rule.status === 'failed' ? rule.detail : '';
  return { ...rule, detail: [parts.join(', '), own].filter(Boolean).join('; ') };
}
