/**
 * The fast mutation check of `npm test`: the whole conformance suite (CHAT_RUNS=5, as
 * `npm run mutation -- --quick`) against the embedded mock, once per representative fault caught by
 * single-call rules, and once per conforming preset. A fault must be killed by the rule it is
 * registered as breaking (mock/faults `breaksRule`); a conforming preset must fail no rule.
 * Each case is its own test so the self suite's two workers run two at a time.
 */
import { expect, test } from '@playwright/test';
import { QUICK_FAULTS } from '../../../bench/mutation/parseMutationArgs';
import { runMutationCase } from '../../../bench/mutation/runMutationCase';
import { SEEDED_FAULTS } from '../../../mock/faults/index';

const QUICK_RUNS = 5;
const RUN_TIMEOUT_MS = 200_000;

test.describe('mutation analysis (quick)', () => {
  test.describe.configure({ timeout: RUN_TIMEOUT_MS + 20_000 });

  for (const preset of ['default', 'alternative'] as const) {
    test(`flags no rule against the conforming ${preset} preset`, async () => {
      const result = await runMutationCase({ kind: 'conforming', preset }, { timeoutMs: RUN_TIMEOUT_MS, runs: QUICK_RUNS });
      expect(result.failedRules, `false alarms against preset ${preset}`).toEqual([]);
      expect(result.error ?? '').toBe('');
      expect(result.status).toBe('clean');
      expect(result.exitCode).toBe(0);
    });
  }

  for (const fault of QUICK_FAULTS) {
    const breaksRule = SEEDED_FAULTS.find((seeded) => seeded.name === fault)?.breaksRule ?? '(unregistered)';
    test(`kills ${fault} through rule ${breaksRule}`, async () => {
      const result = await runMutationCase({ kind: 'fault', fault, breaksRule }, { timeoutMs: RUN_TIMEOUT_MS, runs: QUICK_RUNS });
      expect(result.error ?? '').toBe('');
      expect(result.status, `${fault} survived`).toBe('killed');
      expect(result.exitCode).toBe(1);
      expect(result.failedRules).toContain(breaksRule);
      expect(result.firstFailureMs).toBeGreaterThanOrEqual(0);
    });
  }
});
