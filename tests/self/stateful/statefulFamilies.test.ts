/**
 * The stateful properties against the in-process reference mock: each family passes against
 * the faultless mock in both presets (so no family hard-codes an undocumented choice), and
 * each sequence-only seeded fault is found by its family and shrunk to a short sequence.
 */
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CorpusEntry } from '../../../generators/CorpusEntry';
import { STATEFUL_FAMILIES } from '../../../generators/families';
import type { FamilyName } from '../../../generators/families/StatefulFamily';
import { runStatefulFamily } from '../../../generators/runStatefulFamily';
import type { StatefulResult } from '../../../generators/StatefulResult';
import { CONFIG_DEFAULTS } from '../../../lib/config/configDefaults';
import { ALTERNATIVE_CHOICES, DEFAULT_CHOICES } from '../../../lib/model/defaults';
import type { ChoiceName } from '../../../lib/model/types';
import { describeChoice } from '../../../lib/oracle/describeChoice';
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
    test(`${family.name} passes against the faultless mock (${preset} preset) and pins only the choices the mock really makes`, async () => {
      const harness = await startStatefulHarness({ preset });
      try {
        const result = await runStatefulFamily(family.name, harness.deps());
        expect(result.status, describe(result)).toBe('passed');
        expect(result.numRuns).toBeGreaterThan(0);
        // An observation must say what the target does: every pinned value is the preset's own.
        const truth = (preset === 'default' ? DEFAULT_CHOICES : ALTERNATIVE_CHOICES) as unknown as Record<string, unknown>;
        for (const [name, value] of Object.entries(result.pinnedChoices)) expect(value, name).toEqual(truth[name]);
        // ...in every run, not only the first: each recorded observation describes the preset's value.
        // (errorPrecedence is seen as the code reported, not as the preset's 'first'/'last'.)
        for (const observation of result.observations) {
          const name = observation.id.replace(/^choice\./, '') as ChoiceName;
          if (name === 'errorPrecedence') continue;
          expect(observation.observed, observation.id).toBe(describeChoice(name, [truth[name]]).observed);
        }
      } finally {
        await harness.close();
      }
    });
  }
}

for (const { fault, family } of FAULT_FAMILIES) {
  test(`${family} finds ${fault} and shrinks it to at most 6 commands`, async () => {
    test.setTimeout(240_000);
    const harness = await startStatefulHarness({ faults: [fault] });
    try {
      // The budget is a safety net, not the limit: the default run count must find the fault
      // on a busy machine too (CI runs these beside whole conformance runs).
      const result = await runStatefulFamily(family, harness.deps({ runs: HUNT_RUNS, timeBudgetMs: 150_000 }));
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

/** The committed regression corpus (reports/corpus/stateful.json) and the fault each named case was found with. */
const COMMITTED_CORPUS = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '..', '..', '..', 'reports', 'corpus', 'stateful.json'), 'utf8')) as CorpusEntry[];
const FOUND_WITH: Record<string, string> = {
  'regression: a group renamed twice still shows its first new name in reads': 'stale-name-after-rename-chain',
  'regression: a deleted group id left in ContactGroupId': 'dangling-ids-after-delete',
  'regression: removing a conversation from one group removes it from all': 'remove-from-all-groups',
  'regression: StandardMark bits wrap at 32': 'mark-bits-wrap-at-32',
};

for (const entry of COMMITTED_CORPUS) {
  const name = entry.name ?? `${entry.family} ${entry.path}`;
  test(`${name}: passes against the faultless mock and still catches its bug`, async () => {
    const fault = FOUND_WITH[name];
    expect(fault, `add the fault that found "${name}" to FOUND_WITH`).toBeDefined();
    for (const preset of ['default', 'alternative'] as const) {
      const clean = await startStatefulHarness({ preset });
      try {
        const replayed = await runStatefulFamily(entry.family, clean.deps({ seed: entry.seed, path: entry.path, replayPath: entry.replayPath }));
        expect(replayed.status, `${preset}: ${describe(replayed)}`).toBe('passed');
      } finally {
        await clean.close();
      }
    }
    const broken = await startStatefulHarness({ faults: [fault!] });
    try {
      const caught = await runStatefulFamily(entry.family, broken.deps({ runs: 1, corpus: [entry] }));
      expect(caught.status, describe(caught)).toBe('failed');
      if (caught.status === 'failed') expect(caught.fromCorpus?.name).toBe(name);
    } finally {
      await broken.close();
    }
  });
}
