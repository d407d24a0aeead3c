/**
 * The `chaos` preset (mock/ChaosChoices.ts): run-wide choice points drawn once per mock,
 * per-request points per request, all from the registry (lib/model/choicePoints.ts), and
 * reproducible by seed.
 */
import { expect, test } from '@playwright/test';
import { applyRequest } from '../../../lib/model/applyRequest';
import { CHOICE_NAMES, CHOICE_POINTS } from '../../../lib/model/choicePoints';
import { DEFAULT_LIMITS } from '../../../lib/model/defaults';
import { emptyState } from '../../../lib/model/emptyState';
import type { ChoiceName } from '../../../lib/model/types';
import { ChaosChoices } from '../../../mock/ChaosChoices';
import { chaosScript, playScript, SCRIPT_NOW_MS, scriptedService } from './chaosScript';

const FIXED = CHOICE_NAMES.filter((name) => CHOICE_POINTS[name].scope === 'fixed');
const PER_REQUEST = CHOICE_NAMES.filter((name) => CHOICE_POINTS[name].scope === 'per-request');

/** The values each point took over `draws` requests of one chaos mock. */
function valuesOver(seed: number, draws: number): Map<ChoiceName, Set<unknown>> {
  const chaos = new ChaosChoices(seed);
  const seen = new Map(CHOICE_NAMES.map((name) => [name, new Set<unknown>()]));
  for (let i = 0; i < draws; i++) {
    const choices = chaos.nextChoices();
    for (const name of CHOICE_NAMES) seen.get(name)!.add(choices[name]);
  }
  return seen;
}

test('the registry has both fixed and per-request points (so the scope tests below test something)', () => {
  expect(FIXED.length).toBeGreaterThan(0);
  expect(PER_REQUEST.length).toBeGreaterThan(0);
});

test('chaos draws each fixed point once per mock: over 200 requests it keeps the one value fixedChoices() reports', () => {
  const chaos = new ChaosChoices(7);
  const seen = valuesOver(7, 200);
  for (const name of FIXED) expect([...seen.get(name)!], name).toEqual([chaos.fixedChoices()[name]]);
  expect(Object.keys(chaos.fixedChoices())).toEqual(FIXED);
});

test('chaos draws each per-request point afresh: over 200 requests it takes more than one value', () => {
  const seen = valuesOver(7, 200);
  for (const name of PER_REQUEST) expect(seen.get(name)!.size, name).toBeGreaterThan(1);
});

test('chaos varies every choice point of the registry across 20 seeds, and draws only the registry values', () => {
  const seen = new Map(CHOICE_NAMES.map((name) => [name, new Set<unknown>()]));
  for (let seed = 1; seed <= 20; seed++) {
    for (const [name, values] of valuesOver(seed, 3)) for (const value of values) seen.get(name)!.add(value);
  }
  for (const name of CHOICE_NAMES) {
    const drawn = [...seen.get(name)!];
    expect(drawn.length, `${name} took only ${JSON.stringify(drawn)}`).toBeGreaterThan(1);
    for (const value of drawn) expect(CHOICE_POINTS[name].values as readonly unknown[], name).toContain(value);
  }
});

test('the chaos mock answers each request as the model does under that request\'s chaos draw', () => {
  const script = chaosScript(3);
  const answers = playScript(scriptedService({ preset: 'chaos', chaosSeed: 11 }), script);
  const chaos = new ChaosChoices(11);
  let state = emptyState();
  const expected = script.map((request) => {
    const result = applyRequest(state, { ...request, now: Math.floor(SCRIPT_NOW_MS / 1000) }, { limits: DEFAULT_LIMITS, choices: chaos.nextChoices() });
    state = result.state;
    return JSON.stringify(result.response);
  });
  expect(answers).toEqual(expected);
});

test('two chaos mocks with the same seed answer a scripted sequence identically; another seed answers differently', () => {
  const script = chaosScript(4);
  const first = playScript(scriptedService({ preset: 'chaos', chaosSeed: 5 }), script);
  expect(playScript(scriptedService({ preset: 'chaos', chaosSeed: 5 }), script)).toEqual(first);
  expect(playScript(scriptedService({ preset: 'chaos', chaosSeed: 6 }), script)).not.toEqual(first);
});

test('reset() draws the same fixed choices again and restarts the per-request draws', () => {
  const script = chaosScript(2);
  const service = scriptedService({ preset: 'chaos', chaosSeed: 9 });
  const fixed = service.fixedChoices();
  const first = playScript(service, script);
  service.reset();
  expect(service.fixedChoices()).toEqual(fixed);
  expect(playScript(service, script)).toEqual(first);
});

test('a mock on a fixed preset reports that preset\'s values of the fixed points', () => {
  for (const preset of ['default', 'alternative'] as const) {
    const expected = Object.fromEntries(FIXED.map((name) => [name, CHOICE_POINTS[name][preset]]));
    expect(scriptedService({ preset }).fixedChoices()).toEqual(expected);
  }
});

test('the chaos mock reports its fixed choices, drawn from the seed: the same seed the same draw', () => {
  const a = scriptedService({ preset: 'chaos', chaosSeed: 3 }).fixedChoices();
  expect(a).toEqual(new ChaosChoices(3).fixedChoices());
  const others = [4, 5, 6, 7].map((seed) => JSON.stringify(scriptedService({ preset: 'chaos', chaosSeed: seed }).fixedChoices()));
  expect(others.some((other) => other !== JSON.stringify(a))).toBe(true);
});
