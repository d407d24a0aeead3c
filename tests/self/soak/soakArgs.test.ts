/** `npm run soak` arguments: durations in any unit, and one clear line for anything else. */
import { test, expect } from '@playwright/test';
import { deriveRoundSeed } from '../../../lib/soak/deriveRoundSeed';
import { formatDuration } from '../../../lib/soak/formatDuration';
import { parseDuration } from '../../../lib/soak/parseDuration';
import { parseSoakArgs } from '../../../lib/soak/parseSoakArgs';

test('reads 30s, 10m, 2h and 1h30m as milliseconds', () => {
  expect(['30s', '10m', '2h', '1h30m', '1h0m5s', '90S'].map((d) => parseDuration(d))).toEqual(
    [30_000, 600_000, 7_200_000, 5_400_000, 3_605_000, 90_000].map((ms) => ({ ok: true, ms })),
  );
});

test('refuses a bare number, no unit, zero, units out of order or repeated, and more than 7 days', () => {
  for (const bad of ['10', '', 'ten minutes', '0s', '0h0m', '30s10m', '10m10m', '-5m', '1.5h', '169h']) {
    const result = parseDuration(bad);
    expect(result.ok, bad).toBe(false);
  }
  expect(parseDuration('169h')).toEqual({ ok: false, error: 'at most 168h (7 days), got "169h"' });
});

test('takes --duration, --workers and --runs-per-round in both spellings, with defaults', () => {
  expect(parseSoakArgs(['--duration', '20s'])).toEqual({ ok: true, options: { duration: '20s', durationMs: 20_000, workers: 2, runsPerRound: 10 } });
  expect(parseSoakArgs(['--duration=2h', '--workers=4', '--runs-per-round', '3'], { workers: 1 })).toEqual({ ok: true, options: { duration: '2h', durationMs: 7_200_000, workers: 4, runsPerRound: 3 } });
  expect(parseSoakArgs(['--duration', '1m'], { workers: 3 })).toMatchObject({ ok: true, options: { workers: 3 } });
  expect(parseSoakArgs(['--help'])).toEqual({ ok: true, help: true });
});

test('names the argument in one line when it is wrong', () => {
  expect(parseSoakArgs([])).toEqual({ ok: false, error: '--duration is required, e.g. --duration 10m' });
  expect(parseSoakArgs(['--duration'])).toEqual({ ok: false, error: '--duration needs a value' });
  expect(parseSoakArgs(['--duration', '10m', '--workers', '0'])).toEqual({ ok: false, error: '--workers: expected a whole number from 1 to 16, got 0' });
  expect(parseSoakArgs(['--duration', '10m', '--grep', 'x'])).toEqual({ ok: false, error: 'unknown argument "--grep" (see --help)' });
});

test('each round gets its own seed, the same for the same CHAT_SEED', () => {
  const seeds = Array.from({ length: 1000 }, (_, round) => deriveRoundSeed(20261123, round));
  expect(new Set(seeds).size).toBe(1000);
  expect(seeds.every((s) => Number.isInteger(s) && s >= 0 && s < 2 ** 31)).toBe(true);
  expect(Array.from({ length: 1000 }, (_, round) => deriveRoundSeed(20261123, round))).toEqual(seeds);
  expect(deriveRoundSeed(1, 0)).not.toBe(deriveRoundSeed(2, 0));
});

test('formats elapsed time as 45s, 2m05s and 1h02m03s', () => {
  expect([45_900, 125_000, 3_723_000, 0].map(formatDuration)).toEqual(['45s', '2m05s', '1h02m03s', '0s']);
});
