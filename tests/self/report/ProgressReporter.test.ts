import { test, expect } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import ProgressReporter from '../../../lib/report/ProgressReporter';
import { ATTACHMENT } from '../../../lib/report/protocol';
import { entry, fakeConfig, fakeSuite, fakeTest, fullResult, type FakeTest } from './fakeRun';
import { syntheticSummary } from './syntheticSummary';

function drive(tests: FakeTest[], isTTY: boolean, outputDir: string): Promise<string[]> {
  const writes: string[] = [];
  const reporter = new ProgressReporter({ stream: { isTTY, write: (text: string) => writes.push(text) }, outputDir });
  reporter.onBegin(fakeConfig, fakeSuite(tests));
  for (const { test, results } of tests) for (const result of results) reporter.onTestEnd(test, result);
  reporter.onEnd(fullResult('failed'));
  return reporter.onExit().then(() => writes);
}

/** 20 tests: one retried then failed, one inconclusive, each test made 2 calls (one with 2 attempts). */
function twentyTests(): FakeTest[] {
  const calls = [[ATTACHMENT.transcript, [entry({ seq: 1 }), entry({ seq: 2, attempts: 2 })]]] as [string, unknown][];
  return Array.from({ length: 20 }, (_, i) => {
    if (i === 3) return fakeTest(`t${i}`, 'unexpected', [{ status: 'failed', attach: calls }, { status: 'failed', attach: calls }]);
    if (i === 7) return fakeTest(`t${i}`, 'skipped', [{ status: 'skipped', annotations: [{ type: 'inconclusive', description: 'timeout' }], attach: calls }]);
    return fakeTest(`t${i}`, 'expected', [{ status: 'passed', attach: calls }]);
  });
}

test.describe('ProgressReporter', () => {
  test('without a TTY prints a line every 10% and at the end, counting requests from transcripts and each test once', async ({}, testInfo) => {
    const writes = await drive(twentyTests(), false, testInfo.outputPath('none'));
    const lines = writes.join('').trimEnd().split('\n');
    const progress = lines.filter((l) => l.startsWith('['));
    expect(progress).toHaveLength(10);
    expect(progress[0]).toBe('[2/20] requests 6 · failures 0 · inconclusive 0');
    // The failed test's two attempts both sent requests: 21 results × 3 requests.
    expect(progress.at(-1)).toBe('[20/20] requests 63 · failures 1 · inconclusive 1');
    expect(writes.join('')).not.toContain('\r');
  });

  test('on a TTY rewrites one line with \\r after every test', async ({}, testInfo) => {
    const writes = await drive(twentyTests(), true, testInfo.outputPath('none'));
    const rewrites = writes.filter((w) => w.startsWith('\r['));
    expect(rewrites.length).toBeGreaterThanOrEqual(20);
    expect(rewrites[0]).toBe('\r[1/20] requests 3 · failures 0 · inconclusive 0\u001b[K');
  });

  test('ends with a one-line verdict from this run\'s summary.json', async ({}, testInfo) => {
    const outputDir = testInfo.outputPath('reports');
    mkdirSync(outputDir, { recursive: true });
    writeFileSync(`${outputDir}/summary.json`, JSON.stringify(syntheticSummary()));
    const writes = await drive(twentyTests(), false, outputDir);
    const last = writes.join('').trimEnd().split('\n').at(-1);
    expect(last).toMatch(/^verdict: FAIL · fidelity 1\/3 documented rules · 2 failed · 1 inconclusive · 0 skipped · 17 requests · report: .*index\.html$/);
  });

  test('without a summary still ends with a verdict line from the test counts', async ({}, testInfo) => {
    const writes = await drive(twentyTests(), false, testInfo.outputPath('missing'));
    expect(writes.join('').trimEnd().split('\n').at(-1)).toBe('verdict: FAIL · 1 failed tests · 1 inconclusive · 63 requests · no summary was written');
  });
});
