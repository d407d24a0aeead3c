/**
 * The embedded-mock extras for vendors and self-tests: CHAT_MOCK_PRESET,
 * CHAT_MOCK_FAULTS and CHAT_MOCK_EDITION. Parsed here, applied by globalSetup.ts;
 * bin/conformance.ts reports a bad value as one line before anything starts.
 */

/** The mock options the extras set. */
export interface MockExtras {
  preset?: 'default' | 'alternative';
  faults?: string[];
  edition?: 'pro' | 'basic';
}

/** Names of the extras variables, for the "ignored for remote targets" warning. */
export const MOCK_EXTRA_VARIABLES = ['CHAT_MOCK_PRESET', 'CHAT_MOCK_FAULTS', 'CHAT_MOCK_EDITION'] as const;

/** Reads the extras; blank counts as unset. */
export function mockExtrasFromEnv(env: Record<string, string | undefined>): { ok: true; options: MockExtras } | { ok: false; error: string } {
  const options: MockExtras = {};
  const preset = env.CHAT_MOCK_PRESET?.trim();
  if (preset) {
    if (preset !== 'default' && preset !== 'alternative') return { ok: false, error: `CHAT_MOCK_PRESET: expected default or alternative, got "${preset.slice(0, 40)}"` };
    options.preset = preset;
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
