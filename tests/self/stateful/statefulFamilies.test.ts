/**
 * The stateful properties against the in-process reference mock: each family passes against
 * the faultless mock in both presets (so no family hard-codes an undocumented choice), and
 * each sequence-only seeded fault is found by its family and shrunk to a short sequence.
 */
import { test, expect } from '@playwright/test';
import { STATEFUL_FAMILIES } from '../../../generators/families';
import type { FamilyName } from '../../../generators/families/StatefulFamily';
import { runStatefulFamily } from '../../../generators/runStatefulFamily';
import type { StatefulResult } from '../../../generators/StatefulResult';
import { CONFIG_DEFAULTS } from '../../../lib/config/configDefaults';
import { startStatefulHarness } from './statefulHarness';

/** Each sequence-only fault and the family meant to find it. */
const FAULT_FAMILIES: readonly { fault: string; family: FamilyName }[] = [
  { fault: 'stale-name-after-rename-chain', family: 'rename-chains' },
  { fault: 'dangling-ids-after-delete', family: 'add-remove-churn' },
  { fault: 'remove-from-all-groups', family: 'add-remove-churn' },
  { fault: 'mark-bits-wrap-at-32', family: 'set-clear-mark-bits' },
  { fault: 'groups-shared-across-users', family: 'rename-chains' },
];

/** The hunts use the default budget (CHAT_RUNS, CHAT_SEED defaults): a fault must be found by what CI runs. */
const HUNT_RUNS = CONFIG_DEFAULTS.runs;

function describe(result: StatefulResult): string {
  if (result.status === 'failed') return `failed: ${result.divergence}\n${result.commands.join('\n')}`;
  return result.status === 'inconclusive' ? `inconclusive: ${result.reason}` : 'passed';
}

for (const preset of ['default', 'alternative'] as const) {
  for (const family of Object.values(STATEFUL_FAMILIES)) {
    test(`${family.name} passes against the faultless mock (${preset} preset)`, async () => {
      const harness = await startStatefulHarness({ preset });
      try {
        const result = await runStatefulFamily(family.name, harness.deps());
        expect(result.status, describe(result)).toBe('passed');
        expect(result.numRuns).toBeGreaterThan(0);
      } finally {
        await harness.close();
      }
    });
  }
}

for (const { fault, family } of FAULT_FAMILIES) {
  test(`${family} finds ${fault} and shrinks it to at most 6 commands`, async () => {
    const harness = await startStatefulHarness({ faults: [fault] });
    try {
      const result = await runStatefulFamily(family, harness.deps({ runs: HUNT_RUNS }));
      expect(result.status, describe(result)).toBe('failed');
      if (result.status !== 'failed') return;
      const generated = result.commands.filter((command) => !command.startsWith('final '));
      expect(generated.length, result.commands.join('\n')).toBeLessThanOrEqual(6);
      expect(result.divergence).toContain(`step ${result.divergingStep} `);
      expect(result.path).not.toBe('');
    } finally {
      await harness.close();
    }
  });
}

test('replaying the reported seed, path and replayPath reproduces the same divergence', async () => {
  const harness = await startStatefulHarness({ faults: ['stale-name-after-rename-chain'] });
  try {
    const found = await runStatefulFamily('rename-chains', harness.deps({ runs: HUNT_RUNS }));
    expect(found.status, describe(found)).toBe('failed');
    if (found.status !== 'failed') return;
    const replayed = await runStatefulFamily('rename-chains', harness.deps({ seed: found.seed, path: found.path, replayPath: found.replayPath }));
    expect(replayed.status, describe(replayed)).toBe('failed');
    if (replayed.status !== 'failed') return;
    // User ids differ per run; the divergence is the same once they are masked.
    const masked = (text: string) => text.replace(/rcc_self\w+?_u\d+/g, '<user>');
    expect(masked(replayed.divergence)).toBe(masked(found.divergence));
    expect(replayed.commands).toEqual(found.commands);
  } finally {
    await harness.close();
  }
});

test('a stored corpus entry is replayed first and reported as a regression case', async () => {
  const harness = await startStatefulHarness({ faults: ['mark-bits-wrap-at-32'] });
  try {
    const found = await runStatefulFamily('set-clear-mark-bits', harness.deps({ runs: HUNT_RUNS }));
    expect(found.status, describe(found)).toBe('failed');
    if (found.status !== 'failed') return;
    const entry = { family: found.family, seed: found.seed, path: found.path, replayPath: found.replayPath, commands: found.commands, foundAt: 'test' };
    // A different seed with one run would most likely pass; the stored case must fail first.
    const again = await runStatefulFamily('set-clear-mark-bits', harness.deps({ seed: found.seed + 1, runs: 1, corpus: [entry] }));
    expect(again.status, describe(again)).toBe('failed');
    if (again.status === 'failed') expect(again.fromCorpus).toEqual(entry);
  } finally {
    await harness.close();
  }
});
