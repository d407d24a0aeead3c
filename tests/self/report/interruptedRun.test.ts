import { test, expect } from '@playwright/test';
import { fakeTest, rule, stubInputs } from './fakeRun';
import { runReporter } from './runReporter';

test.describe('interrupted run', () => {
  test('still writes summary.json and index.html, marking unfinished and unstarted rules as not exercised', async ({}, testInfo) => {
    const { summary, html } = await runReporter({
      outputDir: testInfo.outputPath('reports'),
      loadInputs: stubInputs([rule('r.done'), rule('r.cut'), rule('r.never')]),
      status: 'interrupted',
      tests: [
        fakeTest('finished', 'expected', [{ status: 'passed' }], ['r.done']),
        fakeTest('cut short', 'skipped', [{ status: 'interrupted' }], ['r.cut']),
      ],
      notRun: [fakeTest('never started', 'skipped', [], [])],
    });
    expect(summary.verdict).toBe('error');
    expect(summary.error).toBe('the run was interrupted after 1 of 3 tests');
    const byId = Object.fromEntries(summary.rules.map((r) => [r.id, [r.status, r.detail]]));
    expect(byId).toEqual({
      'r.done': ['passed', ''],
      'r.cut': ['skipped', 'run interrupted before this test finished'],
      'r.never': ['skipped', 'not exercised: the run was interrupted'],
    });
    expect(html).toContain('the run was interrupted after 1 of 3 tests');
  });

  test('an interrupted run with a failed rule still says fail', async ({}, testInfo) => {
    const { summary } = await runReporter({
      outputDir: testInfo.outputPath('reports'),
      loadInputs: stubInputs([rule('r.fail')]),
      status: 'interrupted',
      tests: [fakeTest('fails', 'unexpected', [{ status: 'failed', error: 'boom' }], ['r.fail'])],
    });
    expect(summary.verdict).toBe('fail');
  });
});
