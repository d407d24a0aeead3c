import { test, expect } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openSide, type OpenedSide } from '../../../bin/differential/openSide';
import { readSideConfigs } from '../../../bin/differential/readSideConfigs';
import { CHOICE_NAMES, CHOICE_POINTS } from '../../../lib/model/choicePoints';
import type { ChoiceName } from '../../../lib/model/types';
import { CHOICE_PROBES } from '../../../lib/differential/probes/choiceProbes';
import { differentialProbes } from '../../../lib/differential/probes/differentialProbes';
import { runDifferential } from '../../../lib/differential/runDifferential';

/** Points whose scenario needs another point's alternative first: the default preset never reaches them. */
const NEEDS_ALTERNATIVE: Partial<Record<ChoiceName, ChoiceName>> = { sameNameGroup: 'renameOntoExisting', placeMembershipFailure: 'reAddMember' };

test('every registry choice point has its own scripted probe, sent first and in registry order', () => {
  expect(Object.keys(CHOICE_PROBES).sort()).toEqual([...CHOICE_NAMES].sort());
  for (const name of CHOICE_NAMES) expect(CHOICE_PROBES[name].choice, name).toBe(name);
  expect(differentialProbes(1, 0).slice(0, CHOICE_NAMES.length).map((p) => p.id)).toEqual(CHOICE_NAMES.map((name) => `choice.${name}`));
});

test('random probes are the same for the same seed, other for another seed, and probe i does not depend on how many are drawn', () => {
  const [a, b, c] = [differentialProbes(7, 3), differentialProbes(7, 5), differentialProbes(8, 3)];
  const random = (probes: typeof a) => probes.filter((p) => p.kind === 'random').map((p) => JSON.stringify(p.steps));
  expect(random(b).slice(0, 3)).toEqual(random(a));
  expect(random(c)).not.toEqual(random(a));
});

test("each choice probe shows the default preset's value on the default mock and the alternative preset's on the alternative mock", async () => {
  const configs = readSideConfigs({ noConformance: true, random: 0, help: false }, { CHAT_REFERENCE_MOCK_PRESET: 'default', CHAT_CANDIDATE_MOCK_PRESET: 'alternative', CHAT_RATE_LIMIT: '0' });
  if (!configs.ok) throw new Error(configs.error);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rcc-choice-probes-'));
  const opened: OpenedSide[] = [];
  for (const side of [configs.reference, configs.candidate]) {
    const result = await openSide(side, 'selftest', dir);
    if (!result.ok) throw new Error(result.error);
    opened.push(result.opened);
  }
  try {
    const run = await runDifferential(CHOICE_NAMES.map((name) => CHOICE_PROBES[name]), { reference: opened[0]!.side, candidate: opened[1]!.side }, { replayOf: () => '', shouldStop: () => false });
    const shown = Object.fromEntries(run.probes.map((p) => [p.choice, p.revealed ?? {}]));
    for (const name of CHOICE_NAMES) {
      const point = CHOICE_POINTS[name];
      expect(shown[name]?.reference, `${name} on the default preset`).toBe(NEEDS_ALTERNATIVE[name] ? undefined : String(point.default));
      expect(shown[name]?.candidate, `${name} on the alternative preset`).toBe(String(point.alternative));
    }
    // Each side's own oracle explained every answer: the probes stay inside what the model allows.
    expect(run.modelDivergences).toEqual({ reference: [], candidate: [] });
  } finally {
    for (const side of opened) await side.close();
  }
});
