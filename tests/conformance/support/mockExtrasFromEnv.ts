/**
 * The embedded-mock extras for vendors and self-tests: CHAT_MOCK_PRESET (with
 * CHAT_MOCK_CHAOS_SEED), CHAT_MOCK_FAULTS, CHAT_MOCK_EDITION and CHAT_MOCK_FLAKY. Parsed
 * here, applied by globalSetup.ts (which fills the seeds from CHAT_SEED); bin/conformance.ts
 * reports a bad value as one line before anything starts.
 */
import { parseFlakySpec, type FlakyRates } from '../../../lib/config/parseFlakySpec';

/** The mock options the extras set. */
export interface MockExtras {
  preset?: 'default' | 'alternative' | 'chaos';
  /** Only with preset chaos; globalSetup falls back to CHAT_SEED. */
  chaosSeed?: number;
  faults?: string[];
  edition?: 'pro' | 'basic';
  /** The flaky network's rates; globalSetup seeds it with CHAT_SEED. */
  flaky?: FlakyRates;
}

/** Names of the extras variables, for the "ignored for remote targets" warning. */
export const MOCK_EXTRA_VARIABLES = ['CHAT_MOCK_PRESET', 'CHAT_MOCK_CHAOS_SEED', 'CHAT_MOCK_FAULTS', 'CHAT_MOCK_EDITION', 'CHAT_MOCK_FLAKY'] as const;

/** Reads the extras; blank counts as unset. */
export function mockExtrasFromEnv(env: Record<string, string | undefined>): { ok: true; options: MockExtras } | { ok: false; error: string } {
  const options: MockExtras = {};
  const preset = env.CHAT_MOCK_PRESET?.trim();
  if (preset) {
    if (preset !== 'default' && preset !== 'alternative' && preset !== 'chaos') return { ok: false, error: `CHAT_MOCK_PRESET: expected default, alternative or chaos, got "${preset.slice(0, 40)}"` };
    options.preset = preset;
  }
  const chaosSeed = env.CHAT_MOCK_CHAOS_SEED?.trim();
  if (chaosSeed) {
    if (options.preset !== 'chaos') return { ok: false, error: 'CHAT_MOCK_CHAOS_SEED: only with CHAT_MOCK_PRESET=chaos' };
    if (!/^[+-]?[0-9]+$/.test(chaosSeed) || !Number.isSafeInteger(Number(chaosSeed))) return { ok: false, error: `CHAT_MOCK_CHAOS_SEED: expected an integer, got "${chaosSeed.slice(0, 40)}"` };
    options.chaosSeed = Number(chaosSeed);
  }
  const flaky = env.CHAT_MOCK_FLAKY?.trim();
  if (flaky) {
    const parsed = parseFlakySpec(flaky);
    if (!parsed.ok) return { ok: false, error: `CHAT_MOCK_FLAKY: ${parsed.error}` };
    options.flaky = parsed.rates;
  }
  const edition = env.CHAT_MOCK_EDITION?.trim();
  if (edition) {
    if (edition !== 'pro' && edition !== 'basic') return { ok: false, error: `CHAT_MOCK_EDITION: expected pro or basic, got "${edition.slice(0, 40)}"` };
    options.edition = edition;
  }
  const faults = (env.CHAT_MOCK_FAULTS ?? '').split(',').map((name) => name.trim()).filter(Boolean);
  if (faults.length > 0) options.faults = faults;
  return { ok: true, options };
}

/** The extras that are set, for the one-line warning on a remote target. */
export function mockExtrasSet(env: Record<string, string | undefined>): string[] {
  return MOCK_EXTRA_VARIABLES.filter((name) => (env[name] ?? '').trim() !== '');
}
