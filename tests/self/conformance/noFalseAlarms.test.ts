/**
 * Zero false alarms: the whole conformance suite against servers that are correct but resolve
 * the documents' gaps their own way (the mock's chaos preset, three seeds), or sit behind a
 * flaky network (2% resets, 2% HTTP 502, 2% answers lost after the write applied). Each run
 * must end PASS: a rule may be inconclusive, with its reason, never failed.
 */
import { expect, test } from '@playwright/test';
import { CHOICE_POINTS } from '../../../lib/model/choicePoints';
import type { ChoiceName } from '../../../lib/model/types';
import { ChaosChoices } from '../../../mock/ChaosChoices';
import { runConformance, type ConformanceRun } from './runConformance';

test.describe.configure({ mode: 'parallel' });
test.setTimeout(600_000);

/** Every failed rule, one line each, for the assertion message. */
function failures(run: ConformanceRun): string {
  const failed = run.summary?.rules.filter((rule) => rule.status === 'failed') ?? [];
  return failed.map((rule) => `${rule.id}: ${rule.detail}`).join('\n') || run.stderr.slice(-2000);
}

function expectNoFalseAlarm(run: ConformanceRun): void {
  expect(run.summary, run.stderr.slice(-2000)).toBeDefined();
  expect(run.summary!.rules.filter((rule) => rule.status === 'failed'), failures(run)).toEqual([]);
  expect(run.code, failures(run)).toBe(0);
  expect(run.summary!.verdict).toBe('pass');
  for (const rule of run.summary!.rules) {
    if (rule.status === 'inconclusive') expect(rule.detail, `${rule.id} is inconclusive without a reason`).not.toBe('');
  }
  // The suite really ran: most documented rules were judged, not skipped.
  expect(run.summary!.rules.filter((rule) => rule.status === 'passed').length).toBeGreaterThan(run.summary!.rules.length / 2);
}

for (const seed of [1, 2, 3]) {
  test(`passes against a mock that resolves every undocumented choice at random (chaos seed ${seed})`, async () => {
    const run = await runConformance({ env: { CHAT_MOCK_PRESET: 'chaos', CHAT_MOCK_CHAOS_SEED: String(seed), CHAT_RUNS: '30' } });
    expectNoFalseAlarm(run);
    // What the oracle and the observation tests learned is the target profile, and it is the truth:
    // each fixed choice seen has the one value the chaos preset drew for the run.
    const truth = new ChaosChoices(seed).fixedChoices() as Record<string, unknown>;
    const fixed = (run.summary!.targetProfile ?? []).filter((entry) => CHOICE_POINTS[entry.choice as ChoiceName]?.scope === 'fixed');
    expect(fixed.length).toBeGreaterThan(3);
    for (const entry of fixed) expect(entry.values, entry.choice).toEqual([String(truth[entry.choice])]);
  });
}

test('passes against the mock behind a flaky network (2% resets, 2% 502s, 2% lost answers)', async () => {
  const run = await runConformance({ env: { CHAT_MOCK_FLAKY: 'reset=0.02,502=0.02,lost=0.02', CHAT_RUNS: '30' } });
  expectNoFalseAlarm(run);
});
