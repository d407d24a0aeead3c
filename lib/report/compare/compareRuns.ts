import type { Summary } from '../types';
import type { ObservationChange, ProfileChange, RuleChange, RunComparison, RunHeader } from './RunComparison';

/**
 * Two saved single-target runs of one target (staging last week and today), rule by rule:
 * every documented rule whose status changed (passed → failed is a regression), every
 * observation and target-profile entry whose answers changed, and the documented error codes
 * the second run triggered that the first did not. Pure.
 */
export function compareRuns(a: Summary, b: Summary, sources: { a: string; b: string }): RunComparison {
  const ruleChanges: RuleChange[] = [];
  const before = new Map(a.rules.map((rule) => [rule.id, rule]));
  const after = new Map(b.rules.map((rule) => [rule.id, rule]));
  for (const id of new Set([...before.keys(), ...after.keys()])) {
    const [was, now] = [before.get(id), after.get(id)];
    const from = was?.status ?? 'absent';
    const to = now?.status ?? 'absent';
    if (from === to) continue;
    const rule = (now ?? was)!;
    ruleChanges.push({ id, title: rule.title, endpoint: rule.endpoint, from, to, regression: from === 'passed' && to === 'failed', detail: now?.detail ?? '' });
  }
  // Regressions first, then in catalogue order.
  ruleChanges.sort((x, y) => Number(y.regression) - Number(x.regression));

  const observed = (summary: Summary) => {
    const byId = new Map<string, { question: string; values: Set<string> }>();
    for (const o of summary.observations) {
      const entry = byId.get(o.id) ?? { question: o.question, values: new Set<string>() };
      entry.values.add(o.observed);
      byId.set(o.id, entry);
    }
    return byId;
  };
  const [obsA, obsB] = [observed(a), observed(b)];
  const observationChanges: ObservationChange[] = [];
  for (const id of new Set([...obsA.keys(), ...obsB.keys()])) {
    const [from, to] = [[...(obsA.get(id)?.values ?? [])].sort(), [...(obsB.get(id)?.values ?? [])].sort()];
    if (!sameList(from, to)) observationChanges.push({ id, question: (obsB.get(id) ?? obsA.get(id))!.question, from, to });
  }

  const profileChanges: ProfileChange[] = [];
  const [profA, profB] = [a.targetProfile ?? [], b.targetProfile ?? []];
  for (const choice of new Set([...profA, ...profB].map((entry) => entry.choice))) {
    const [was, now] = [profA.find((e) => e.choice === choice), profB.find((e) => e.choice === choice)];
    const [from, to] = [[...(was?.values ?? [])].sort(), [...(now?.values ?? [])].sort()];
    if (!sameList(from, to)) profileChanges.push({ choice, gap: (now ?? was)!.gap, from, to });
  }

  const triggeredBefore = new Set(a.errorCodes.filter((c) => c.triggered).map((c) => `${c.code} ${c.endpoint}`));
  const newErrorCodes = b.errorCodes
    .filter((c) => c.triggered && !triggeredBefore.has(`${c.code} ${c.endpoint}`))
    .map((c) => ({ code: c.code, endpoint: c.endpoint, meaning: c.meaning, ...(c.how && { how: c.how }) }));

  return {
    a: header(a, sources.a),
    b: header(b, sources.b),
    ruleChanges,
    observationChanges,
    profileChanges,
    newErrorCodes,
    regressions: ruleChanges.filter((change) => change.regression).length,
  };
}

function header(summary: Summary, source: string): RunHeader {
  const { target, startedAt, verdict, fidelity, seed, suiteVersion, specHash } = summary;
  return { source, target, startedAt, verdict, fidelity, seed, suiteVersion, specHash };
}

function sameList(x: readonly string[], y: readonly string[]): boolean {
  return x.length === y.length && x.every((value, i) => value === y[i]);
}
