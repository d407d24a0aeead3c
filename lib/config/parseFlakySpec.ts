/**
 * Parses a flaky-network spec, `reset=0.02,502=0.02,lost=0.02`: the fraction of requests
 * the reference mock's HTTP layer cuts before the model, answers 502, or cuts after the
 * model applied them (mock/http/FlakyNetwork.ts). Shared by the mock's `--flaky` flag and
 * the embedded mock's CHAT_MOCK_FLAKY, so both accept and refuse the same text. Pure.
 */

/** Fractions 0..1 of the requests per network fault; their sum is at most 1. */
export interface FlakyRates {
  readonly reset: number;
  readonly badGateway: number;
  readonly lost: number;
}

const KEYS: Readonly<Record<string, keyof FlakyRates>> = { reset: 'reset', '502': 'badGateway', lost: 'lost' };

/** The rates, or one sentence saying what is wrong (without a prefix: the caller names the flag or variable). */
export function parseFlakySpec(spec: string): { ok: true; rates: FlakyRates } | { ok: false; error: string } {
  const expected = 'expected KIND=RATE[,KIND=RATE...] with KIND reset|502|lost and RATE 0..1';
  const rates = { reset: 0, badGateway: 0, lost: 0 };
  const seen = new Set<string>();
  const parts = spec.split(',').map((part) => part.trim());
  if (parts.every((part) => part === '')) return { ok: false, error: `${expected}, got nothing` };
  for (const part of parts) {
    const match = /^([a-z0-9]+)=([0-9]*\.?[0-9]+)$/.exec(part);
    const key = match ? KEYS[match[1]!] : undefined;
    const rate = match ? Number(match[2]) : NaN;
    if (!match || key === undefined || !(rate >= 0 && rate <= 1)) return { ok: false, error: `${expected}, got '${part.slice(0, 40)}'` };
    if (seen.has(key)) return { ok: false, error: `'${match[1]}' given twice` };
    seen.add(key);
    rates[key] = rate;
  }
  // One draw per request picks at most one fault, so the fractions share the unit interval
  // (with room for decimal rounding: 0.1 + 0.2 + 0.7 is 1.0000000000000002).
  if (rates.reset + rates.badGateway + rates.lost > 1 + 1e-9) return { ok: false, error: 'the rates add up to more than 1' };
  return { ok: true, rates };
}
