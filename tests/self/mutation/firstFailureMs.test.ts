/**
 * Time to kill: how bin/mutation.ts reads the time to the first failing test from a run's summary.
 */
import { expect, test } from '@playwright/test';
import { firstFailureMs } from '../../../bench/mutation/firstFailureMs';
import type { TranscriptEntry } from '../../../lib/client/types';
import type { RuleResult, Summary } from '../../../lib/report/types';

const START = '2026-01-01T00:00:00.000Z';

function exchange(startedAtMs: number, elapsedMs: number): TranscriptEntry {
  const startedAt = new Date(Date.parse(START) + startedAtMs).toISOString();
  return { seq: 1, api: 'recentcontact/mark_contact', url: 'u', requestBody: '{}', startedAt, elapsedMs, attempts: 1, outcome: 'answered', schemaErrors: [] };
}

function rule(id: string, status: RuleResult['status'], exchanges: TranscriptEntry[][]): RuleResult {
  return {
    id,
    endpoint: 'recentcontact/mark_contact',
    title: id,
    source: { title: '', url: '', quote: '' },
    status,
    detail: '',
    tests: [],
    evidence: exchanges.map((list) => ({ test: id, exchanges: list, curl: [], replay: '' })),
  };
}

function summary(rules: RuleResult[]): Summary {
  return {
    target: 'embedded mock', suiteVersion: '0', specHash: 'x', seed: 1, startedAt: START, durationMs: 60_000, verdict: 'fail', requests: 0,
    fidelity: { passed: 0, applicable: 0 }, rules, observations: [], limits: [], errorCodes: [], traffic: { perEndpoint: [] }, cleanupFailures: [],
  };
}

test('takes the earliest failing test, at the end of its last exchange', () => {
  const s = summary([
    rule('a', 'failed', [[exchange(9000, 10), exchange(9500, 20)]]),
    rule('b', 'failed', [[exchange(3000, 40), exchange(4000, 100)], [exchange(8000, 5)]]),
    // Passed rules never count, however early.
    rule('c', 'passed', [[exchange(100, 1)]]),
  ]);
  expect(firstFailureMs(s, [])).toBe(4100);
});

test('falls back to the first progress line that counts a failure', () => {
  const lines = [
    { atMs: 1000, text: '[3/50] requests 10 · failures 0 · inconclusive 0' },
    { atMs: 2500, text: '[8/50] requests 30 · failures 2 · inconclusive 0' },
  ];
  expect(firstFailureMs(summary([rule('a', 'failed', [])]), lines)).toBe(2500);
});

test('says nothing when no failure was seen', () => {
  expect(firstFailureMs(undefined, [{ atMs: 10, text: '[1/1] requests 1 · failures 0 · inconclusive 0' }])).toBeUndefined();
});
