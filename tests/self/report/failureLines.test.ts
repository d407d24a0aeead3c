import { test, expect } from '@playwright/test';
import { failureLines } from '../../../lib/report/failureLines';
import { syntheticSummary } from './syntheticSummary';

test('lists every failed rule on the console with its detail and the command that replays it', () => {
  const summary = syntheticSummary();
  const failed = summary.rules.filter((r) => r.status === 'failed');
  const lines = failureLines(summary);
  expect(failed.length).toBeGreaterThan(0);
  for (const rule of failed) {
    const at = lines.findIndex((line) => line.startsWith(`✘ ${rule.id} — ${rule.title}: `));
    expect(at, rule.id).toBeGreaterThanOrEqual(0);
    expect(lines[at + 1]).toMatch(/^ {4}replay: (CHAT_SEED=\S+ .*)?npm run conformance -- --grep /);
  }
  expect(lines.filter((line) => line.startsWith('✘ '))).toHaveLength(failed.length);
});

test('prints nothing for a run without failures, or without a summary', () => {
  const summary = syntheticSummary();
  expect(failureLines({ ...summary, rules: summary.rules.filter((r) => r.status !== 'failed') })).toEqual([]);
  expect(failureLines(undefined)).toEqual([]);
});

test('keeps a long detail to one short line', () => {
  const summary = syntheticSummary();
  const rule = { ...summary.rules.find((r) => r.status === 'failed')!, detail: `expected\n${'x'.repeat(500)}` };
  const [line] = failureLines({ ...summary, rules: [rule] });
  expect(line!.length).toBeLessThan(rule.id.length + rule.title.length + 180);
  expect(line).not.toContain('\n');
});
