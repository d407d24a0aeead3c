import { test, expect } from '@playwright/test';
import { ATTACHMENT } from '../../../lib/report/protocol';
import { entry, fakeTest, rule, stubInputs } from './fakeRun';
import { runReporter } from './runReporter';

const CATALOGUE = ['r.fail', 'r.pass', 'r.flaky', 'r.skip', 'r.inconclusive', 'r.untouched', 'r.attributed', 'r.bystander'].map((id) => rule(id));

test.describe('SummaryReporter rule status', () => {
  test('derives failed, passed, flaky, skipped, inconclusive and untouched rules from test outcomes', async ({}, testInfo) => {
    const { summary } = await runReporter({
      outputDir: testInfo.outputPath('reports'),
      loadInputs: stubInputs(CATALOGUE),
      status: 'failed',
      tests: [
        fakeTest('fails', 'unexpected', [{ status: 'failed', error: 'Error: expect(received).toBe(expected)\n\nExpected: 51011\nReceived: 0' }], ['r.fail']),
        fakeTest('passes', 'expected', [{ status: 'passed' }], ['r.pass']),
        fakeTest('flakes', 'flaky', [{ status: 'failed', error: 'first try' }, { status: 'passed' }], ['r.flaky']),
        fakeTest('is skipped', 'skipped', [{ status: 'skipped', annotations: [{ type: 'skip', description: 'basic edition has no marks' }] }], ['r.skip']),
        fakeTest('gets no answer', 'skipped', [{ status: 'skipped', annotations: [{ type: 'inconclusive', description: 'retries exhausted: 70169' }] }], ['r.inconclusive']),
      ],
    });
    const status = Object.fromEntries(summary.rules.map((r) => [r.id, [r.status, r.detail]]));
    expect(status['r.fail']).toEqual(['failed', 'Error: expect(received).toBe(expected)']);
    expect(status['r.pass']).toEqual(['passed', '']);
    expect(status['r.flaky']?.[0]).toBe('passed');
    expect(status['r.skip']).toEqual(['skipped', 'basic edition has no marks']);
    expect(status['r.inconclusive']).toEqual(['inconclusive', 'retries exhausted: 70169']);
    expect(status['r.untouched']).toEqual(['skipped', 'not exercised by this run']);
    expect(summary.rules[0]?.id).toBe('r.fail');
    expect(summary.verdict).toBe('fail');
    expect(summary.fidelity).toEqual({ passed: 2, applicable: 3 });
  });

  test('fails only the rule an rcc-failure names; the test\'s other rules are inconclusive unless another test checked them', async ({}, testInfo) => {
    const failing = (title: string, rules: string[]) =>
      fakeTest(title, 'unexpected', [{ status: 'failed', error: 'boom', attach: [[ATTACHMENT.failure, { rule: 'r.attributed', expected: 'ErrorCode 51011', actual: 'ErrorCode 0' }]] }], rules);
    const { summary } = await runReporter({
      outputDir: testInfo.outputPath('reports'),
      loadInputs: stubInputs(CATALOGUE),
      tests: [failing('checks two rules', ['r.attributed', 'r.bystander']), failing('checks another pair', ['r.attributed', 'r.pass']), fakeTest('passes', 'expected', [{ status: 'passed' }], ['r.pass'])],
    });
    const byId = new Map(summary.rules.map((r) => [r.id, r]));
    expect(byId.get('r.attributed')?.status).toBe('failed');
    expect(byId.get('r.attributed')?.detail).toContain('expected ErrorCode 51011, got ErrorCode 0');
    // Never reached: the test stopped on r.attributed first. Not passed, not failed.
    expect([byId.get('r.bystander')?.status, byId.get('r.bystander')?.detail]).toEqual(['inconclusive', 'not reached: the test failed on r.attributed first']);
    // Another test did check r.pass, so it passed.
    expect(byId.get('r.pass')?.status).toBe('passed');
  });

  test('counts a retried test once, by its final outcome, not once per attempt', async ({}, testInfo) => {
    const { summary } = await runReporter({
      outputDir: testInfo.outputPath('reports'),
      loadInputs: stubInputs(CATALOGUE),
      tests: [fakeTest('flakes', 'flaky', [{ status: 'failed', error: 'first' }, { status: 'failed', error: 'second' }, { status: 'passed' }], ['r.flaky'])],
    });
    const flaky = summary.rules.find((r) => r.id === 'r.flaky');
    expect(flaky?.status).toBe('passed');
    expect(flaky?.tests).toEqual(['flakes']);
    expect(summary.verdict).toBe('pass');
  });

  test('keeps a failure of a rule missing from the catalogue, and errors on a failed test that names no rule', async ({}, testInfo) => {
    const { summary } = await runReporter({
      outputDir: testInfo.outputPath('reports'),
      loadInputs: stubInputs(CATALOGUE),
      tests: [fakeTest('no rule at all', 'unexpected', [{ status: 'failed', error: 'TypeError: x is undefined' }])],
    });
    expect(summary.verdict).toBe('error');
    expect(summary.error).toContain('no rule at all');
    const second = await runReporter({
      outputDir: testInfo.outputPath('reports2'),
      loadInputs: stubInputs(CATALOGUE),
      tests: [fakeTest('unknown rule', 'unexpected', [{ status: 'failed', error: 'boom' }], ['r.not-in-catalogue'])],
    });
    expect(second.summary.rules[0]).toMatchObject({ id: 'r.not-in-catalogue', status: 'failed', endpoint: 'unknown' });
    expect(second.summary.verdict).toBe('fail');
  });

  test('reports error when the run failed before any test ran', async ({}, testInfo) => {
    const { summary, html } = await runReporter({
      outputDir: testInfo.outputPath('reports'),
      loadInputs: stubInputs(CATALOGUE),
      status: 'failed',
      errors: ['Error: globalSetup: embedded mock did not start\n    at stack line'],
      tests: [],
    });
    expect(summary.verdict).toBe('error');
    expect(summary.error).toBe('Error: globalSetup: embedded mock did not start');
    expect(html).toContain('data-testid="verdict">ERROR<');
  });

  test('a precondition that held passes its rule even when the test then fails on its own rule', async ({}, testInfo) => {
    const { summary } = await runReporter({
      outputDir: testInfo.outputPath('reports'),
      loadInputs: stubInputs(CATALOGUE),
      tests: [fakeTest('builds on a group, then fails', 'unexpected', [{ status: 'failed', error: 'Error: expect(received).toBe(expected)', annotations: [{ type: 'precondition-held', description: 'r.pass' }] }], ['r.fail'])],
    });
    const status = Object.fromEntries(summary.rules.map((r) => [r.id, r.status]));
    expect(status['r.fail']).toBe('failed');
    expect(status['r.pass']).toBe('passed');
  });

  test('reports error, not pass, when no test ran at all (a --grep that matched nothing)', async ({}, testInfo) => {
    const { summary } = await runReporter({ outputDir: testInfo.outputPath('reports'), loadInputs: stubInputs(CATALOGUE), tests: [] });
    expect(summary.verdict).toBe('error');
    expect(summary.error).toContain('no test ran');
  });
});

test.describe('SummaryReporter evidence and metrics', () => {
  test('builds evidence with exchanges, a curl reproducer and the exact replay command', async ({}, testInfo) => {
    const exchanges = [entry({ seq: 4 })];
    const { summary } = await runReporter({
      outputDir: testInfo.outputPath('reports'),
      loadInputs: stubInputs(CATALOGUE),
      tests: [
        fakeTest('rejects a 65-byte group name with 51011 (rename)', 'unexpected', [
          { status: 'failed', error: 'x', attach: [[ATTACHMENT.transcript, exchanges], [ATTACHMENT.failure, { expected: 'a', actual: 'b', sequence: { commands: ['c1', 'c2'], divergingStep: 1, seed: 7, path: '0:1', family: 'marks', replay: 'CHAT_SEED=7 ...' } }]] },
        ], ['r.fail']),
      ],
    });
    const evidence = summary.rules[0]?.evidence?.[0];
    expect(evidence?.exchanges).toEqual(exchanges);
    // The UserSig is never in the line: the shell reads it from $USERSIG.
    expect(evidence?.curl[0]).toMatch(/^curl -sS -X POST 'http:\/\/127\.0\.0\.1:9\/v4\/recentcontact\/update_contact_group\?.*usersig='"\$USERSIG"'&.*' .*--data-raw '\{"From_Account":"rcc_a"\}'$/);
    // In the shell `\\(` becomes `\(`: a regex that matches the literal title and nothing else.
    expect(evidence?.replay).toBe('npm run conformance -- --grep "rejects a 65-byte group name with 51011 \\\\(rename\\\\)"');
    expect(evidence?.sequence).toEqual({ commands: ['c1', 'c2'], divergingStep: 1, seed: 7, path: '0:1', family: 'marks', replay: 'CHAT_SEED=7 ...' });
  });

  test('computes requests, retries, inconclusive calls and latency percentiles per endpoint from every attempt', async ({}, testInfo) => {
    const calls = [10, 20, 30, 40].map((ms, i) => entry({ seq: i, elapsedMs: ms, attempts: i === 3 ? 3 : 1, outcome: i === 3 ? 'inconclusive' : 'answered' }));
    const { summary } = await runReporter({
      outputDir: testInfo.outputPath('reports'),
      loadInputs: stubInputs(CATALOGUE),
      tests: [
        fakeTest('retried', 'flaky', [
          { status: 'failed', error: 'x', attach: [[ATTACHMENT.transcript, calls.slice(0, 2)]] },
          { status: 'passed', attach: [[ATTACHMENT.transcript, calls.slice(2)], [ATTACHMENT.transcript, calls.slice(2)]] },
        ], ['r.pass']),
        fakeTest('marks', 'expected', [{ status: 'passed', attach: [[ATTACHMENT.transcript, [entry({ api: 'recentcontact/mark_contact', elapsedMs: 5 })]]] }], ['r.pass']),
      ],
    });
    expect(summary.traffic.perEndpoint).toEqual([
      { api: 'recentcontact/update_contact_group', requests: 6, p50: 20, p95: 40, p99: 40, retries: 2, inconclusive: 1 },
      { api: 'recentcontact/mark_contact', requests: 1, p50: 5, p95: 5, p99: 5, retries: 0, inconclusive: 0 },
    ]);
    expect(summary.requests).toBe(7);
  });

  test('covers each documented error code, public codes from any endpoint, and lists undocumented answers', async ({}, testInfo) => {
    const { summary } = await runReporter({
      outputDir: testInfo.outputPath('reports'),
      loadInputs: stubInputs(CATALOGUE),
      tests: [
        fakeTest('codes', 'expected', [{ status: 'passed', attach: [[ATTACHMENT.errorCode, [
          { code: 70001, endpoint: 'recentcontact/mark_contact', how: 'expired UserSig', answered: 'ErrorCode 70001', answeredAsDocumented: true },
          { code: 51999, endpoint: 'recentcontact/mark_contact', how: 'odd input', answered: 'ErrorCode 51999', answeredAsDocumented: false },
        ]], [ATTACHMENT.observation, { id: 'bit-order', endpoint: 'recentcontact/mark_contact', question: 'q', observed: 'o' }],
        [ATTACHMENT.limit, { rule: 'r.pass', limit: '64 bytes', tried: [{ value: '65', expected: '51011', actual: '51011', ok: true }] }]] }], ['r.pass']),
      ],
    });
    expect(summary.errorCodes).toEqual([
      { code: 51011, endpoint: 'recentcontact/update_contact_group', meaning: 'group name too long', triggered: false },
      { code: 70001, endpoint: 'public', meaning: 'UserSig expired', triggered: true, how: 'expired UserSig → ErrorCode 70001', answeredAsDocumented: true },
      { code: 51999, endpoint: 'recentcontact/mark_contact', meaning: '(not in the documented list)', triggered: true, how: 'odd input → ErrorCode 51999', answeredAsDocumented: false },
    ]);
    expect(summary.observations).toEqual([{ id: 'bit-order', endpoint: 'recentcontact/mark_contact', question: 'q', observed: 'o', test: 'codes', seen: 1 }]);
    expect(summary.limits[0]?.tried).toHaveLength(1);
  });

  test('records header facts: host-only target, suite version, spec hash, seed', async ({}, testInfo) => {
    const { summary } = await runReporter({
      outputDir: testInfo.outputPath('reports'),
      loadInputs: stubInputs(CATALOGUE),
      env: { RCC_TARGET_LABEL: 'https://user:pw@adminapisgp.im.qcloud.com/v4?usersig=abc', CHAT_SEED: '1234' },
      tests: [],
    });
    expect(summary).toMatchObject({ target: 'adminapisgp.im.qcloud.com', suiteVersion: '9.9.9', specHash: 'spec-hash-stub', seed: 1234, durationMs: 1234, startedAt: '2026-01-01T00:00:00.000Z' });
  });
});
