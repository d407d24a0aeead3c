/** Longest rendering of one value in a divergence line. */
const MAX_CHARS = 120;

/**
 * A value as a divergence line shows it: JSON, `absent` for undefined, cut to one line.
 * Never used on credentials: the oracle only sees request and response bodies.
 */
export function formatValue(value: unknown): string {
  if (value === undefined) return 'absent';
  const text = JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)) ?? String(value);
  return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1)}…` : text;
}
