/**
 * report:merge's pure parts: the merged status of a rule across shards, the merged verdict,
 * and the joined observations, limits, error codes, traffic and target profile.
 */
import { test, expect } from '@playwright/test';
import { mergedStatus, mergeRuleResults } from '../../../lib/report/mergeRuleResults';
import { mergeSummaries, type MergeInput } from '../../../lib/report/mergeSummaries';
import { percentile } from '../../../lib/report/percentile';
import type { RuleResult, RuleStatus, Summary } from '../../../lib/report/types';

function rule(id: string, status: RuleStatus, detail = ''): RuleResult {
  return {
    id,
    endpoint: 'recentcontact/mark_contact',
    title: `title of ${id}`,
    source: { title: 'Creating or Updating Conversation Mark Data', url: 'https://example.invalid/53438', quote: 'q' },
    status,
    detail,
    tests: [`test of ${id} (${status})`],
    ...(status === 'failed' && { evidence: [{ test: `test of ${id}`, exchanges: [], curl: [], replay: `npm run conformance -- --grep "${id}"` }] }),
  };
}

function summary(overrides: Partial<Summary> = {}): Summary {
  return {
    target: 'embedded mock',
    sdkAppId: 1400000000,
    suiteVersion: '0.1.0',
    specHash: 'abc',
    seed: 7,
    startedAt: '2026-01-01T00:00:00.000Z',
    durationMs: 1000,
    verdict: 'pass',
    requests: 10,
    fidelity: { passed: 0, applicable: 0 },
    rules: [],
    observations: [],
    limits: [],
    errorCodes: [],
    traffic: { perEndpoint: [] },
    cleanupFailures: [],
    ...overrides,
  };
}

const shard = (current: number, total: number, overrides: Partial<Summary> = {}): MergeInput => ({ dir: `s${current}`, summary: summary({ shard: { current, total }, ...overrides }) });

function merged(inputs: MergeInput[]): Summary {
  const result = mergeSummaries(inputs);
  if (!result.ok) throw new Error(result.error);
  return result.summary;
}

test.describe('merging the rules of several shards', () => {
  const STATUSES: RuleStatus[] = ['passed', 'failed', 'skipped', 'inconclusive'];
  for (const a of STATUSES) {
    for (const b of STATUSES) {
      const expected: RuleStatus = [a, b].includes('failed') ? 'failed' : [a, b].includes('inconclusive') ? 'inconclusive' : [a, b].includes('passed') ? 'passed' : 'skipped';
      test(`a rule ${a} in one shard and ${b} in the other is ${expected}`, () => {
        expect(mergedStatus([a, b])).toBe(expected);
        const [result] = mergeRuleResults([[rule('r', a, `in a: ${a}`)], [rule('r', b, `in b: ${b}`)]]);
        expect(result!.status).toBe(expected);
        // The detail comes from the shard(s) that decided the status, never from the one that did not.
        expect(result!.detail.split('; ').every((d) => d.endsWith(`: ${expected}`))).toBe(true);
        expect(result!.tests).toEqual([...new Set([`test of r (${a})`, `test of r (${b})`])]);
      });
    }
  }

  test('a failed rule keeps the evidence of the shard that failed it and is listed first', () => {
    const result = mergeRuleResults([[rule('a', 'passed'), rule('b', 'skipped')], [rule('a', 'skipped'), rule('b', 'failed', 'expected 1, got 2')]]);
    expect(result.map((r) => [r.id, r.status])).toEqual([['b', 'failed'], ['a', 'passed']]);
    expect(result[0]!.detail).toBe('expected 1, got 2');
    expect(result[0]!.evidence?.map((e) => e.replay)).toEqual(['npm run conformance -- --grep "b"']);
  });
});

test.describe('the merged verdict', () => {
  test('is fail when a rule failed in any shard, even with another shard missing', () => {
    const s = merged([shard(1, 3, { verdict: 'fail', rules: [rule('a', 'failed')] }), shard(2, 3, { rules: [rule('a', 'skipped')] })]);
    expect(s.verdict).toBe('fail');
    expect(s.fidelity).toEqual({ passed: 0, applicable: 1 });
  });

  test('is error, naming the shard, when a shard is missing or given twice', () => {
    expect(merged([shard(1, 2, { rules: [rule('a', 'passed')] })])).toMatchObject({ verdict: 'error', error: 'shard 2/2 is missing' });
    const twice = merged([shard(1, 2), shard(2, 2), { ...shard(2, 2), dir: 'again' }]);
    expect(twice.verdict).toBe('error');
    expect(twice.error).toBe('shard 2/2 is given 2 times (s2, again)');
  });

  test('is error when a shard had no verdict, with that shard\'s reason', () => {
    const s = merged([shard(1, 2, { rules: [rule('a', 'passed')] }), shard(2, 2, { verdict: 'error', error: 'no test ran: check the --grep / --shard arguments' })]);
    expect(s.verdict).toBe('error');
    expect(s.error).toBe('shard 2/2 (s2): no test ran: check the --grep / --shard arguments');
  });

  test('is pass when every shard is there and no rule failed, and records where it came from', () => {
    const s = merged([shard(2, 2, { rules: [rule('a', 'skipped')] }), shard(1, 2, { rules: [rule('a', 'passed')] })]);
    expect(s.verdict).toBe('pass');
    expect(s.error).toBeUndefined();
    expect(s.shard).toBeUndefined();
    expect(s.mergedFrom).toEqual([
      { dir: 's2', shard: { current: 2, total: 2 }, verdict: 'pass' },
      { dir: 's1', shard: { current: 1, total: 2 }, verdict: 'pass' },
    ]);
  });

  for (const [field, value] of [['target', '127.0.0.1:9000'], ['seed', 8], ['specHash', 'def'], ['suiteVersion', '0.2.0']] as const) {
    test(`refuses runs that differ in ${field}: they are not shards of one run`, () => {
      const result = mergeSummaries([shard(1, 2), shard(2, 2, { [field]: value })]);
      expect(result).toEqual({ ok: false, error: expect.stringContaining(`the runs differ in ${field}`) });
    });
  }
});

test.describe('merging what the shards saw', () => {
  test('requests and retries add up; each latency percentile is the largest of the shards, never below the true one', () => {
    // Two shards with different latency spreads: the merged p50/p95/p99 must bound the percentile of all calls.
    const a = Array.from({ length: 200 }, (_, i) => 1 + ((i * 37) % 101) / 10);
    const b = Array.from({ length: 50 }, (_, i) => 5 + ((i * 13) % 47));
    const row = (values: number[]) => ({ api: 'recentcontact/mark_contact', requests: values.length, p50: percentile(values, 50), p95: percentile(values, 95), p99: percentile(values, 99), retries: 1, inconclusive: 0 });
    const s = merged([shard(1, 2, { traffic: { perEndpoint: [row(a)] }, requests: 200 }), shard(2, 2, { traffic: { perEndpoint: [row(b)] }, requests: 50 })]);
    const [t] = s.traffic.perEndpoint;
    expect(t).toMatchObject({ requests: 250, retries: 2, inconclusive: 0 });
    for (const p of [50, 95, 99] as const) {
      expect(t![`p${p}`]).toBeGreaterThanOrEqual(percentile([...a, ...b], p));
      expect(t![`p${p}`]).toBe(Math.max(percentile(a, p), percentile(b, p)));
    }
    expect(s.requests).toBe(250);
  });

  test('observations, limits, error codes and the target profile are joined without duplicates', () => {
    const s = merged([
      shard(1, 2, {
        observations: [{ id: 'o', endpoint: 'e', question: 'q', observed: 'x', test: 't1', seen: 2 }],
        limits: [{ rule: 'l', limit: '64 bytes', tried: [{ value: '64', expected: 'ok', actual: 'ok', ok: true }] }],
        errorCodes: [{ code: 51011, endpoint: 'e', meaning: 'm', triggered: true, how: 'a 65-byte name', answeredAsDocumented: true }, { code: 51013, endpoint: 'e', meaning: 'm', triggered: false }],
        targetProfile: [{ choice: 'standardMarkBitOrder', gap: 'g', values: ['msb-first'], scope: 'fixed', tests: ['t1'] }],
        cleanupFailures: ['delete account rcc_a: ResultCode 71000'],
      }),
      shard(2, 2, {
        observations: [{ id: 'o', endpoint: 'e', question: 'q', observed: 'x', test: 't2' }, { id: 'o', endpoint: 'e', question: 'q', observed: 'y', test: 't2' }],
        limits: [{ rule: 'l', limit: '64 bytes', tried: [{ value: '64', expected: 'ok', actual: 'ok', ok: true }, { value: '65', expected: '51011', actual: '51011', ok: true }] }],
        errorCodes: [{ code: 51011, endpoint: 'e', meaning: 'm', triggered: false }, { code: 51013, endpoint: 'e', meaning: 'm', triggered: true, how: 'basic edition', answeredAsDocumented: false }],
        targetProfile: [{ choice: 'standardMarkBitOrder', gap: 'g', values: ['msb-first', 'lsb-first'], scope: 'fixed', tests: ['t2'] }],
      }),
    ]);
    expect(s.observations).toEqual([
      { id: 'o', endpoint: 'e', question: 'q', observed: 'x', test: 't1; t2', seen: 3 },
      { id: 'o', endpoint: 'e', question: 'q', observed: 'y', test: 't2', seen: 1 },
    ]);
    expect(s.limits[0]!.tried.map((t) => t.value)).toEqual(['64', '65']);
    expect(s.errorCodes).toEqual([
      { code: 51011, endpoint: 'e', meaning: 'm', triggered: true, how: 'a 65-byte name', answeredAsDocumented: true },
      { code: 51013, endpoint: 'e', meaning: 'm', triggered: true, how: 'basic edition', answeredAsDocumented: false },
    ]);
    expect(s.targetProfile).toEqual([{ choice: 'standardMarkBitOrder', gap: 'g', values: ['msb-first', 'lsb-first'], scope: 'fixed', tests: ['t1', 't2'] }]);
    expect(s.cleanupFailures).toEqual(['delete account rcc_a: ResultCode 71000']);
  });
});
