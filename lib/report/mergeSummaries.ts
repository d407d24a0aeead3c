import { mergeRuleResults } from './mergeRuleResults';
import type { ErrorCodeCoverage, LimitProbe, MergedSource, Observation, Summary, TargetProfileEntry, TrafficStats } from './types';

/** One run to merge: its summary.json and the folder it came from. */
export interface MergeInput {
  dir: string;
  summary: Summary;
}

export type MergeResult = { ok: true; summary: Summary } | { ok: false; error: string };

/** Header fields every run of one suite run shares; runs that differ in one are not shards of one run. */
const SAME = ['target', 'sdkAppId', 'suiteVersion', 'specHash', 'seed'] as const;

/**
 * The summaries of the `--shard=i/n` runs of one conformance run as one summary: rule statuses
 * by mergeRuleResults, everything else joined (observations, limits, error codes, traffic,
 * target profile, cleanup failures). Verdict: `fail` when a merged rule failed; otherwise
 * `error` when a run had no verdict or a shard is missing or given twice (a lost CI job must
 * never turn the gate green); otherwise `pass`. Refuses runs of different targets, specs or seeds.
 */
export function mergeSummaries(inputs: readonly MergeInput[]): MergeResult {
  if (inputs.length === 0) return { ok: false, error: 'nothing to merge: give the reports folders of the shards' };
  const first = inputs[0]!.summary;
  for (const key of SAME) {
    const values = [...new Set(inputs.map((i) => String(i.summary[key])))];
    if (values.length > 1) return { ok: false, error: `cannot merge: the runs differ in ${key} (${values.join(' vs ')}); merge the shards of one run` };
  }
  const summaries = inputs.map((i) => i.summary);
  const rules = mergeRuleResults(summaries.map((s) => s.rules));
  const passed = rules.filter((r) => r.status === 'passed').length;
  const failed = rules.filter((r) => r.status === 'failed').length;
  const runErrors = inputs.filter((i) => i.summary.verdict === 'error').map((i) => `${label(i)}: ${i.summary.error ?? 'no verdict'}`);
  const errors = [...shardProblems(inputs), ...runErrors];
  const start = Math.min(...summaries.map((s) => Date.parse(s.startedAt)).filter(Number.isFinite));
  const end = Math.max(...summaries.map((s) => Date.parse(s.startedAt) + s.durationMs).filter(Number.isFinite));
  const profile = mergeTargetProfile(summaries.flatMap((s) => s.targetProfile ?? []));
  const problems = inputs.flatMap((i) => (i.summary.reportProblems ?? []).map((p) => `${label(i)}: ${p}`));
  // The header (and sentenceCoverage: the documents' sentences against the catalogue, the same for every shard) comes from the first run.
  const { shard: _shard, soak: _soak, error: _error, reportProblems: _problems, targetProfile: _profile, ...header } = first;
  return {
    ok: true,
    summary: {
      ...header,
      startedAt: Number.isFinite(start) ? new Date(start).toISOString() : first.startedAt,
      durationMs: Number.isFinite(end - start) ? end - start : Math.max(...summaries.map((s) => s.durationMs)),
      verdict: failed > 0 ? 'fail' : errors.length > 0 ? 'error' : 'pass',
      ...(failed === 0 && errors.length > 0 && { error: errors.join('; ') }),
      requests: summaries.reduce((n, s) => n + s.requests, 0),
      fidelity: { passed, applicable: passed + failed },
      rules,
      observations: mergeObservationRows(summaries.flatMap((s) => s.observations)),
      limits: mergeLimitRows(summaries.flatMap((s) => s.limits)),
      errorCodes: mergeErrorCodeRows(summaries.flatMap((s) => s.errorCodes)),
      traffic: mergeTraffic(summaries.map((s) => s.traffic)),
      cleanupFailures: summaries.flatMap((s) => s.cleanupFailures),
      ...(profile.length > 0 && { targetProfile: profile }),
      ...(problems.length > 0 && { reportProblems: problems }),
      mergedFrom: inputs.map((i): MergedSource => ({ dir: i.dir, ...(i.summary.shard && { shard: i.summary.shard }), verdict: i.summary.verdict })),
    },
  };
}

/** `shard 1/2 (reports/s1)`, or the folder alone for an unsharded run. */
export function label(input: MergeInput): string {
  const shard = input.summary.shard;
  return shard ? `shard ${shard.current}/${shard.total} (${input.dir})` : input.dir;
}

/** Missing, repeated or mixed shards, one line each. */
function shardProblems(inputs: readonly MergeInput[]): string[] {
  const sharded = inputs.filter((i) => i.summary.shard);
  if (sharded.length === 0) return [];
  if (sharded.length < inputs.length) return [`mixes sharded and unsharded runs (${inputs.filter((i) => !i.summary.shard).map((i) => i.dir).join(', ')} has no shard)`];
  const totals = [...new Set(sharded.map((i) => i.summary.shard!.total))];
  if (totals.length > 1) return [`mixes shard counts (${totals.map((t) => `/${t}`).join(', ')})`];
  const total = totals[0]!;
  const problems: string[] = [];
  for (let current = 1; current <= total; current++) {
    const given = sharded.filter((i) => i.summary.shard!.current === current);
    if (given.length === 0) problems.push(`shard ${current}/${total} is missing`);
    if (given.length > 1) problems.push(`shard ${current}/${total} is given ${given.length} times (${given.map((i) => i.dir).join(', ')})`);
  }
  return problems;
}

/** The same answer to the same question is one row: `seen` added up, tests joined. */
function mergeObservationRows(rows: readonly Observation[]): Observation[] {
  const byFact = new Map<string, Observation & { tests: Set<string> }>();
  for (const row of rows) {
    const key = `${row.id}\u0000${row.observed}`;
    const known = byFact.get(key);
    const tests = row.test.split('; ').filter(Boolean);
    if (!known) byFact.set(key, { ...row, seen: row.seen ?? 1, tests: new Set(tests) });
    else {
      known.seen = (known.seen ?? 1) + (row.seen ?? 1);
      for (const test of tests) known.tests.add(test);
    }
  }
  return [...byFact.values()].map(({ tests, ...row }) => ({ ...row, test: [...tests].join('; ') }));
}

/** Probes of one limit become one row with every distinct value tried. */
function mergeLimitRows(rows: readonly LimitProbe[]): LimitProbe[] {
  const byLimit = new Map<string, LimitProbe>();
  for (const row of rows) {
    const key = `${row.rule}|${row.limit}`;
    const known = byLimit.get(key) ?? { ...row, tried: [] };
    const seen = new Set(known.tried.map((t) => JSON.stringify(t)));
    known.tried = [...known.tried, ...row.tried.filter((t) => !seen.has(JSON.stringify(t)))];
    byLimit.set(key, known);
  }
  return [...byLimit.values()];
}

/** A code counts as triggered when any run triggered it, and as answered as documented only when every triggering run says so. */
function mergeErrorCodeRows(rows: readonly ErrorCodeCoverage[]): ErrorCodeCoverage[] {
  const byCode = new Map<string, ErrorCodeCoverage[]>();
  for (const row of rows) byCode.set(`${row.code}|${row.endpoint}`, [...(byCode.get(`${row.code}|${row.endpoint}`) ?? []), row]);
  return [...byCode.values()].map((group) => {
    const triggered = group.filter((r) => r.triggered);
    const { how: _how, answeredAsDocumented: _answered, ...head } = group[0]!;
    if (triggered.length === 0) return { ...head, triggered: false };
    const how = [...new Set(triggered.map((r) => r.how).filter(Boolean))].join('; ');
    return { ...head, triggered: true, ...(how && { how }), answeredAsDocumented: triggered.every((r) => r.answeredAsDocumented !== false) };
  });
}

/**
 * Requests, retries and inconclusive calls add up. Percentiles of the whole cannot be computed from
 * the parts' percentiles; the largest of the parts is reported, an upper bound (at least p % of every
 * part's latencies are at or below it, so at least p % of all of them are).
 */
function mergeTraffic(parts: readonly TrafficStats[]): TrafficStats {
  const byApi = new Map<string, TrafficStats['perEndpoint'][number]>();
  for (const row of parts.flatMap((p) => p.perEndpoint)) {
    const known = byApi.get(row.api);
    byApi.set(row.api, known
      ? { api: row.api, requests: known.requests + row.requests, p50: Math.max(known.p50, row.p50), p95: Math.max(known.p95, row.p95), p99: Math.max(known.p99, row.p99), retries: known.retries + row.retries, inconclusive: known.inconclusive + row.inconclusive }
      : { ...row });
  }
  const perEndpoint = [...byApi.values()].sort((a, b) => b.requests - a.requests || a.api.localeCompare(b.api));
  return { perEndpoint };
}

/** One entry per choice point: every value any run saw, and every test that saw one. */
function mergeTargetProfile(entries: readonly TargetProfileEntry[]): TargetProfileEntry[] {
  const byChoice = new Map<string, TargetProfileEntry>();
  for (const entry of entries) {
    const known = byChoice.get(entry.choice);
    byChoice.set(entry.choice, known ? { ...known, values: [...new Set([...known.values, ...entry.values])], tests: [...new Set([...known.tests, ...entry.tests])] } : { ...entry, values: [...entry.values], tests: [...entry.tests] });
  }
  return [...byChoice.values()];
}
