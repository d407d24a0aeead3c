/** A parsed duration, or one line saying what is wrong. */
export type DurationResult = { ok: true; ms: number } | { ok: false; error: string };

/** @defaultValue 7 days: longer than any soak we mean, far below setTimeout's 24.8-day ceiling. */
export const MAX_DURATION_MS = 7 * 24 * 3_600_000;

const UNIT_MS: Readonly<Record<string, number>> = { h: 3_600_000, m: 60_000, s: 1_000 };

/**
 * `30s`, `10m`, `2h`, `1h30m` or `90s` to milliseconds. A bare number is refused: `--duration 10`
 * could mean seconds or minutes, and a soak that runs 60 times longer than meant is expensive.
 */
export function parseDuration(text: string | undefined): DurationResult {
  const given = (text ?? '').trim();
  const shown = JSON.stringify(given.slice(0, 40));
  const usage = `expected a positive duration like 30s, 10m, 2h or 1h30m, got ${shown}`;
  if (!/^(\d+[hms])+$/i.test(given)) return { ok: false, error: usage };
  const units = [...given.toLowerCase().matchAll(/(\d+)([hms])/g)];
  const seen = units.map((m) => m[2]!);
  // Units in order and once each: `30s10m` is a typo more often than a wish.
  if (new Set(seen).size !== seen.length || seen.join('') !== ['h', 'm', 's'].filter((u) => seen.includes(u)).join('')) return { ok: false, error: usage };
  const ms = units.reduce((sum, m) => sum + Number(m[1]) * UNIT_MS[m[2]!]!, 0);
  if (ms <= 0) return { ok: false, error: usage };
  if (ms > MAX_DURATION_MS) return { ok: false, error: `at most 168h (7 days), got ${shown}` };
  return { ok: true, ms };
}
