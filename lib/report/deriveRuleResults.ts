import type { RuleDefinition } from '../rules/types';
import type { FailureDetail } from './protocol';
import type { TestRecord } from './TestRecord';
import type { RuleEvidence, RuleResult, RuleStatus } from './types';
import { replayCommand } from './replayCommand';
import type { TranscriptEntry } from '../client/types';

/** Options of {@link deriveRuleResults}. */
export interface DeriveRuleOptions {
  /** Builds a curl reproducer for one exchange (lib/client/toCurl.ts). */
  toCurl: (entry: TranscriptEntry) => string;
  /**
   * Detail for a catalogue rule no test touched.
   * @defaultValue 'not exercised by this run'
   */
  untouchedDetail?: string;
}

/** One test's verdict on one rule, before the verdicts of all its tests are merged. */
interface Verdict {
  /** `not-reached`: named by a test that failed on another rule first; nothing is known of it. */
  status: RuleStatus | 'not-reached';
  detail: string;
  test: TestRecord;
  failure?: FailureDetail;
}

/**
 * The status of every rule, from the tests that name it:
 * - a failed test fails the rules it names; if it attached `rcc-failure` payloads that
 *   name a `rule`, only those rules fail; its other rules may never have been reached, so
 *   they count only as `inconclusive`, and only when no other test checked them;
 * - otherwise `inconclusive` when any test was inconclusive (the target gave no answer),
 *   `skipped` when every test was skipped, else `passed` (flaky counts as passed);
 * - a rule whose call held as a test's precondition (`precondition-held`) passes for that
 *   test whatever its outcome: the call worked;
 * - catalogue rules no test named are `skipped` "not exercised by this run" (e.g. --grep).
 * Rules named by tests but missing from the catalogue are still listed, so no failure is lost.
 * Failed rules come first, then catalogue order.
 */
export function deriveRuleResults(records: readonly TestRecord[], catalogue: readonly RuleDefinition[], options: DeriveRuleOptions): RuleResult[] {
  const verdicts = new Map<string, Verdict[]>();
  const add = (rule: string, verdict: Verdict) => verdicts.set(rule, [...(verdicts.get(rule) ?? []), verdict]);
  for (const test of records) {
    for (const [rule, verdict] of verdictsOf(test)) add(rule, verdict);
  }
  const known = new Set(catalogue.map((r) => r.id));
  const definitions: RuleHead[] = [
    ...catalogue,
    ...[...verdicts.keys()].filter((id) => !known.has(id)).map((id) => unknownRule(id)),
  ];
  const results = definitions.map((definition) => merge(definition, verdicts.get(definition.id) ?? [], options));
  const rank = (r: RuleResult) => (r.status === 'failed' ? 0 : 1);
  return results.map((r, i) => ({ r, i })).sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i).map(({ r }) => r);
}

function verdictsOf(test: TestRecord): [string, Verdict][] {
  const held = test.preconditionsHeld.filter((rule) => !test.rules.includes(rule)).map((rule): [string, Verdict] => [rule, { status: 'passed', detail: '', test }]);
  return [...held, ...ownVerdicts(test)];
}

function ownVerdicts(test: TestRecord): [string, Verdict][] {
  if (test.outcome === 'unexpected') {
    const attributed = test.failures.filter((f) => f.rule);
    const failing = attributed.length > 0 ? new Set(attributed.map((f) => f.rule!)) : new Set(test.rules);
    const rules = new Set([...test.rules, ...failing]);
    return [...rules].map((rule) => {
      if (!failing.has(rule)) return [rule, { status: 'not-reached', detail: `not reached: the test failed on ${[...failing].join(', ')} first`, test }];
      const failure = test.failures.find((f) => f.rule === rule) ?? test.failures.find((f) => !f.rule);
      const detail = failure ? `expected ${failure.expected}, got ${failure.actual}` : firstLine(test.errorMessage) || 'test failed';
      return [rule, { status: 'failed', detail, test, ...(failure && { failure }) }];
    });
  }
  if (test.inconclusive !== undefined) return test.rules.map((rule) => [rule, { status: 'inconclusive', detail: test.inconclusive!, test }]);
  if (test.outcome === 'skipped') return test.rules.map((rule) => [rule, { status: 'skipped', detail: test.skipReason ?? 'skipped', test }]);
  const detail = test.outcome === 'flaky' ? `passed on retry: ${test.title}` : '';
  return test.rules.map((rule) => [rule, { status: 'passed', detail, test }]);
}

/** What a rule result needs from its definition. */
type RuleHead = Pick<RuleResult, 'id' | 'endpoint' | 'title' | 'source'>;

function merge(definition: RuleHead, verdicts: Verdict[], options: DeriveRuleOptions): RuleResult {
  const base = {
    id: definition.id,
    endpoint: definition.endpoint,
    title: definition.title,
    source: { title: definition.source.title, url: definition.source.url, quote: definition.source.quote },
    tests: [...new Set(verdicts.map((v) => v.test.title))],
  };
  if (verdicts.length === 0) return { ...base, status: 'skipped', detail: options.untouchedDetail ?? 'not exercised by this run' };
  const failed = verdicts.filter((v) => v.status === 'failed');
  if (failed.length > 0) {
    return { ...base, status: 'failed', detail: failed.map((v) => v.detail).join('; '), evidence: failed.map((v) => evidenceOf(v, options)) };
  }
  const inconclusive = verdicts.filter((v) => v.status === 'inconclusive');
  if (inconclusive.length > 0) return { ...base, status: 'inconclusive', detail: unique(inconclusive.map((v) => v.detail)) };
  const passed = verdicts.filter((v) => v.status === 'passed');
  const skipped = verdicts.filter((v) => v.status === 'skipped');
  const notReached = verdicts.filter((v) => v.status === 'not-reached');
  if (passed.length === 0 && notReached.length > 0) return { ...base, status: 'inconclusive', detail: unique(notReached.map((v) => v.detail)) };
  if (passed.length === 0) return { ...base, status: 'skipped', detail: unique(skipped.map((v) => v.detail)) };
  const notes = [unique(passed.map((v) => v.detail)), skipped.length ? `${skipped.length} of ${verdicts.length} tests skipped: ${unique(skipped.map((v) => v.detail))}` : ''];
  return { ...base, status: 'passed', detail: notes.filter(Boolean).join('; ') };
}

function evidenceOf(verdict: Verdict, options: DeriveRuleOptions): RuleEvidence {
  const { test, failure } = verdict;
  const sequence = failure?.sequence;
  return {
    test: test.title,
    expected: failure?.expected ?? expectedFromError(test.errorMessage),
    actual: failure?.actual ?? test.errorMessage ?? 'test failed without an error message',
    exchanges: test.transcript,
    curl: test.transcript.map((entry) => options.toCurl(entry)),
    replay: replayCommand(test.title),
    ...(sequence && {
      sequence: { commands: sequence.commands, divergingStep: sequence.divergingStep, seed: sequence.seed, path: sequence.path, family: sequence.family, replay: sequence.replay },
    }),
  };
}

/** Playwright's expect messages carry `Expected: ...` lines; show that one when no rcc-failure says more. */
function expectedFromError(message: string | undefined): string | undefined {
  return message?.split('\n').find((line) => /^\s*Expected\b/.test(line))?.trim();
}

function unknownRule(id: string): RuleHead {
  return { id, endpoint: 'unknown', title: id, source: { title: '(not in the rule catalogue)', url: '', quote: '' } };
}

function firstLine(text: string | undefined): string {
  return (text ?? '').split('\n').find((line) => line.trim())?.trim() ?? '';
}

function unique(details: string[]): string {
  return [...new Set(details.filter(Boolean))].join('; ');
}
