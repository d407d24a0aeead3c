/**
 * How the chaos preset and the flaky network are asked for: MockOptions, the mock's flags
 * (parsed, without spawning) and the embedded mock's CHAT_MOCK_* variables. A bad value is
 * one line that names the option.
 */
import { expect, test } from '@playwright/test';
import { parseFlakySpec } from '../../../lib/config/parseFlakySpec';
import type { MockOptions } from '../../../mock/MockOptions';
import { MockOptionsError } from '../../../mock/MockOptionsError';
import { parseCliArgs } from '../../../mock/parseCliArgs';
import { resolveMockSettings } from '../../../mock/resolveMockSettings';
import { startMockServer } from '../../../mock/startMockServer';
import { mockExtrasFromEnv, mockExtrasSet } from '../../conformance/support/mockExtrasFromEnv';

test('a flaky spec gives each kind its rate, 0 for the kinds it leaves out', () => {
  expect(parseFlakySpec('reset=0.02,502=0.03,lost=0.04')).toEqual({ ok: true, rates: { reset: 0.02, badGateway: 0.03, lost: 0.04 } });
  expect(parseFlakySpec(' 502=.5 ')).toEqual({ ok: true, rates: { reset: 0, badGateway: 0.5, lost: 0 } });
  expect(parseFlakySpec('reset=0.1,502=0.2,lost=0.7')).toMatchObject({ ok: true });
});

for (const [spec, why] of [
  ['', /got nothing/],
  ['reset=2', /RATE 0\.\.1/],
  ['reset=-0.1', /RATE 0\.\.1/],
  ['timeout=0.1', /KIND reset\|502\|lost/],
  ['reset=0.1,reset=0.2', /given twice/],
  ['reset=0.6,lost=0.5', /more than 1/],
  ['reset', /expected KIND=RATE/],
] as const) {
  test(`a flaky spec '${spec}' is refused with one sentence`, () => {
    const parsed = parseFlakySpec(spec);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(why);
    expect(!parsed.ok && parsed.error).not.toContain('\n');
  });
}

for (const [name, options, option] of [
  ['chaos with a config', { preset: 'chaos', config: resolveDefaultConfig() }, 'preset'],
  ['a chaos seed without the chaos preset', { chaosSeed: 3 }, 'chaosSeed'],
  ['a fractional chaos seed', { preset: 'chaos', chaosSeed: 1.5 }, 'chaosSeed'],
  ['an unknown preset', { preset: 'wild' as never }, 'preset'],
  ['a flaky rate over 1', { flaky: { reset: 1.5 } }, 'flaky'],
  ['flaky rates adding up to more than 1', { flaky: { reset: 0.5, badGateway: 0.3, lost: 0.3 } }, 'flaky'],
  ['a fractional flaky seed', { flaky: { lost: 0.1, seed: 0.5 } }, 'flaky'],
] as [string, MockOptions, string][]) {
  test(`startMockServer refuses ${name} with one line naming the option`, async () => {
    const error = await startMockServer(options).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(MockOptionsError);
    expect((error as MockOptionsError).option).toBe(option);
    expect((error as Error).message).not.toContain('\n');
  });
}

function resolveDefaultConfig() {
  const resolved = resolveMockSettings({});
  if (!resolved.ok) throw resolved.error;
  return resolved.settings.config;
}

test('the chaos and flaky seeds default to 1 in MockOptions', () => {
  const resolved = resolveMockSettings({ preset: 'chaos', flaky: { reset: 0.1 } });
  expect(resolved.ok && [resolved.settings.chaosSeed, resolved.settings.flaky]).toEqual([1, { reset: 0.1, badGateway: 0, lost: 0, seed: 1 }]);
  const plain = resolveMockSettings({});
  expect(plain.ok && [plain.settings.chaosSeed, plain.settings.flaky]).toEqual([undefined, undefined]);
});

test('the mock flags ask for chaos and a flaky network; their seeds default to CHAT_SEED, else 1', () => {
  const args = ['--preset', 'chaos', '--flaky', 'reset=0.02,502=0.02,lost=0.02'];
  const flaky = { reset: 0.02, badGateway: 0.02, lost: 0.02 };
  expect(parseCliArgs([...args, '--chaos-seed', '7', '--flaky-seed', '8'])).toEqual({ kind: 'serve', options: { preset: 'chaos', chaosSeed: 7, flaky: { ...flaky, seed: 8 } } });
  expect(parseCliArgs(args, { CHAT_SEED: '42' })).toEqual({ kind: 'serve', options: { preset: 'chaos', chaosSeed: 42, flaky: { ...flaky, seed: 42 } } });
  expect(parseCliArgs(args, {})).toEqual({ kind: 'serve', options: { preset: 'chaos', chaosSeed: 1, flaky: { ...flaky, seed: 1 } } });
  expect(parseCliArgs(['--port', '0'], { CHAT_SEED: 'not a number' })).toEqual({ kind: 'serve', options: { port: 0 } });
});

for (const [name, args, env] of [
  ['--chaos-seed without --preset chaos', ['--chaos-seed', '3'], {}],
  ['--flaky-seed without --flaky', ['--flaky-seed', '3'], {}],
  ['a bad --flaky', ['--flaky', 'reset=0.9,lost=0.9'], {}],
  ['a non-integer --chaos-seed', ['--preset', 'chaos', '--chaos-seed', '1.5'], {}],
  ['a non-integer CHAT_SEED as the chaos seed default', ['--preset', 'chaos'], { CHAT_SEED: 'abc' }],
] as [string, string[], Record<string, string>][]) {
  test(`the mock flags refuse ${name} with one line`, () => {
    const request = parseCliArgs(args, env);
    expect(request.kind).toBe('error');
    expect(request.kind === 'error' && request.message).not.toContain('\n');
  });
}

test('CHAT_MOCK_PRESET=chaos, CHAT_MOCK_CHAOS_SEED and CHAT_MOCK_FLAKY set the embedded mock\'s extras', () => {
  const env = { CHAT_MOCK_PRESET: 'chaos', CHAT_MOCK_CHAOS_SEED: '7', CHAT_MOCK_FLAKY: 'reset=0.02,502=0.02,lost=0.02' };
  expect(mockExtrasFromEnv(env)).toEqual({ ok: true, options: { preset: 'chaos', chaosSeed: 7, flaky: { reset: 0.02, badGateway: 0.02, lost: 0.02 } } });
  expect(mockExtrasSet(env)).toEqual(['CHAT_MOCK_PRESET', 'CHAT_MOCK_CHAOS_SEED', 'CHAT_MOCK_FLAKY']);
});

for (const [name, env, variable] of [
  ['a chaos seed without the chaos preset', { CHAT_MOCK_CHAOS_SEED: '7' }, 'CHAT_MOCK_CHAOS_SEED'],
  ['a non-integer chaos seed', { CHAT_MOCK_PRESET: 'chaos', CHAT_MOCK_CHAOS_SEED: 'seven' }, 'CHAT_MOCK_CHAOS_SEED'],
  ['a bad flaky spec', { CHAT_MOCK_FLAKY: 'reset=0.02,timeout=0.1' }, 'CHAT_MOCK_FLAKY'],
  ['an unknown preset', { CHAT_MOCK_PRESET: 'wild' }, 'CHAT_MOCK_PRESET'],
] as [string, Record<string, string>, string][]) {
  test(`the embedded mock's extras refuse ${name} with one line naming the variable`, () => {
    const extras = mockExtrasFromEnv(env);
    expect(extras.ok).toBe(false);
    expect(!extras.ok && extras.error).toMatch(new RegExp(`^${variable}: [^\\n]+$`));
  });
}
