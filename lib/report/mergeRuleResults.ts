import type { RuleResult, RuleStatus } from './types';

/**
 * One rule's results from several runs of the same suite (the shards of one run) as one:
 * - `failed` if it failed in any run;
 * - `inconclusive` if inconclusive in any and failed in none;
 * - `passed` if it passed in some and was neither failed nor inconclusive elsewhere;
 * - `skipped` only if skipped everywhere (a shard that did not hold the rule's tests skips it
 *   "not exercised by this run", which must not hide the shard that checked it).
 * The detail, and for a failure the evidence, come from the runs that decided the status.
 * Rules keep the order of their first appearance, failed rules first, as deriveRuleResults orders them.
 */
export function mergeRuleResults(runs: readonly (readonly RuleResult[])[]): RuleResult[] {
  const byId = new Map<string, RuleResult[]>();
  for (const rules of runs) for (const rule of rules) byId.set(rule.id, [...(byId.get(rule.id) ?? []), rule]);
  const merged = [...byId.values()].map(mergeOne);
  const rank = (r: RuleResult) => (r.status === 'failed' ? 0 : 1);
  return merged.map((r, i) => ({ r, i })).sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i).map(({ r }) => r);
}

/** Decides the merged status of one rule from its per-run statuses. */
export function mergedStatus(statuses: readonly RuleStatus[]): RuleStatus {
  if (statuses.includes('failed')) return 'failed';
  if (statuses.includes('inconclusive')) return 'inconclusive';
  if (statuses.includes('passed')) return 'passed';
  return 'skipped';
}

function mergeOne(results: RuleResult[]): RuleResult {
  const status = mergedStatus(results.map((r) => r.status));
  const deciding = results.filter((r) => r.status === status);
  const evidence = deciding.flatMap((r) => r.evidence ?? []);
  const { evidence: _first, ...head } = results[0]!;
  return {
    ...head,
    status,
    detail: [...new Set(deciding.map((r) => r.detail).filter(Boolean))].join('; '),
    tests: [...new Set(results.flatMap((r) => r.tests))],
    ...(status === 'failed' && evidence.length > 0 && { evidence }),
  };
}
