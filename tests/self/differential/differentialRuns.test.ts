/**
 * `npm run differential` and `npm run compare` end to end on embedded mocks: two identical
 * targets, a target with a seeded fault (its difference, its replay line, its conformance
 * verdict), and the two candidate conformance runs compared. Serial: the compare tests read
 * the runs the first two leave; the candidate conformance runs are cut to `@mark` to stay short.
 */
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DifferentialSummary } from '../../../lib/differential/types';
import { runTool, type ToolRun } from './runTool';

test.describe.configure({ mode: 'serial' });

const runs: { passing?: string; faulty?: string } = {};

/** A differential run of the default mock against `candidate`, the candidate's conformance cut to @mark; its summary. */
async function againstDefault(candidate: Record<string, string>, expectedExit: number): Promise<{ run: ToolRun; summary: DifferentialSummary }> {
  test.setTimeout(240_000);
  const run = await runTool(['bin/differential.ts', '--conformance-grep', '@mark'], { CHAT_REFERENCE_MOCK_PRESET: 'default', ...candidate });
  expect(run.code, run.stderr).toBe(expectedExit);
  return { run, summary: JSON.parse(readFileSync(path.join(run.reports, 'differential', 'summary.json'), 'utf8')) as DifferentialSummary };
}

test('two targets that behave alike give no difference, a behaviour match of 100 % on probes and choice points, and exit 0', async () => {
  const { run, summary } = await againstDefault({ CHAT_CANDIDATE_MOCK_PRESET: 'default' }, 0);
  expect(summary.verdict).toBe('equivalent');
  expect(summary.differences).toEqual([]);
  expect(summary.profileDifferences).toEqual([]);
  const { probes, choicePoints } = summary.behaviourMatch;
  expect(probes.compared).toBe(summary.probes.length);
  expect(probes.equivalent).toBe(probes.compared);
  expect(choicePoints.compared).toBeGreaterThanOrEqual(20);
  expect(choicePoints.agree).toBe(choicePoints.compared);
  expect(summary.candidateConformance).toMatchObject({ ran: true, verdict: 'pass', failedRules: [] });
  expect(run.stdout).toContain(`behaviour match: ${probes.compared}/${probes.compared} probes`);
  runs.passing = path.join(run.reports, 'differential', 'candidate-conformance');
});

test('a seeded fault in the candidate is reported as a difference with a replay line, and running that line reproduces it', async () => {
  const { run, summary } = await againstDefault({ CHAT_CANDIDATE_MOCK_FAULTS: 'clear-mark-ignored' }, 1);
  expect(summary.verdict).toBe('different');
  const difference = summary.differences.find((d) => d.probe === 'rule.mark-set-clear');
  expect(difference, JSON.stringify(summary.differences.map((d) => `${d.probe}/${d.step}`))).toBeDefined();
  expect(difference!.path).toMatch(/StandardMark$/);
  expect(difference!.exchanges.reference.length).toBeGreaterThan(0);
  expect(difference!.exchanges.candidate[0]!.url).toContain('usersig=<redacted>');
  expect(difference!.replay).toBe(`CHAT_SEED=20261123 CHAT_REFERENCE_MOCK_PRESET=default CHAT_CANDIDATE_MOCK_FAULTS=clear-mark-ignored npm run differential -- --replay rule.mark-set-clear/${difference!.step}`);
  // The candidate's own conformance run names the documented rule the fault breaks.
  expect(summary.candidateConformance.ran && summary.candidateConformance.failedRules.map((r) => r.id)).toContain('mark.clear-mark');
  runs.faulty = path.join(run.reports, 'differential', 'candidate-conformance');

  const replayed = await runTool({ shell: difference!.replay });
  expect(replayed.code, replayed.stderr).toBe(1);
  expect(replayed.stdout).toContain(`reproduced: rule.mark-set-clear/${difference!.step}`);
  expect(replayed.stdout).toContain(difference!.candidate);
  // The same line without the fault: the answers match, so the replay is really sent, not recalled.
  const healthy = await runTool({ shell: difference!.replay.replace('CHAT_CANDIDATE_MOCK_FAULTS=clear-mark-ignored', 'CHAT_CANDIDATE_MOCK_PRESET=default') });
  expect(healthy.code, healthy.stderr).toBe(0);
  expect(healthy.stdout).toContain(`not reproduced: rule.mark-set-clear/${difference!.step}`);
});

test('compare between a passing run and a run with a seeded fault exits 1 and names the regressed rule in its output and its HTML diff', async () => {
  expect(runs.passing && runs.faulty, 'the two runs above').toBeTruthy();
  const run = await runTool(['bin/compare.ts', runs.passing!, path.join(runs.faulty!, 'summary.json')]);
  expect(run.code, run.stderr).toBe(1);
  expect(run.stdout).toContain('regressed: mark.clear-mark (passed → failed)');
  expect(run.stdout).toMatch(/^1 regression\(s\); report: /m);
  const html = readFileSync(path.join(run.reports, 'compare', 'index.html'), 'utf8');
  expect(html).toContain('data-rule-id="mark.clear-mark" class="row-failed"');
  const json = JSON.parse(readFileSync(path.join(run.reports, 'compare', 'comparison.json'), 'utf8')) as { regressions: number };
  expect(json.regressions).toBe(1);
});

test('compare of a run with itself exits 0 with no change', async () => {
  const run = await runTool(['bin/compare.ts', runs.passing!, runs.passing!]);
  expect(run.code, run.stderr).toBe(0);
  expect(run.stdout).not.toMatch(/^(regressed|status|observation|profile|new error code):/m);
  expect(run.stdout).toContain('0 regression(s)');
});
