import { parseDuration } from './parseDuration';

/** The options of `npm run soak`. */
export interface SoakOptions {
  /** `--duration` as given, e.g. `10m`. */
  duration: string;
  durationMs: number;
  /** `--workers`: parallel lanes, all sharing the per-API rate. @defaultValue 2 */
  workers: number;
  /**
   * `--runs-per-round`: fast-check runs per round. @defaultValue 10
   * Why small: a round's users and chat groups are deleted when it ends, so live accounts stay
   * near workers × 3 × runs (trial apps cap an app at 100 accounts, 70398), and a new seed comes
   * every few seconds.
   */
  runsPerRound: number;
}

export type SoakArgs = { ok: true; help: true } | { ok: true; help?: false; options: SoakOptions } | { ok: false; error: string };

export const SOAK_USAGE = `usage: npm run soak -- --duration <30s|10m|2h|1h30m> [--workers N] [--runs-per-round N]
  Runs the stateful families round after round against the configured target (the embedded mock
  by default, like npm run conformance) at CHAT_RATE_LIMIT per API, new seeds each round from CHAT_SEED.
  Reports go to reports/soak/ (or RCC_REPORTS_DIR). Ctrl-C stops early, cleans up and still reports.
  Exit 0 no divergence, 1 a divergence, 2 configuration error or no verdict (stopped early).`;

/** Parses argv (after `--`); every problem is one line. */
export function parseSoakArgs(argv: readonly string[], defaults: { workers?: number } = {}): SoakArgs {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return { ok: true, help: true };
    const match = /^--(duration|workers|runs-per-round)(?:=(.*))?$/.exec(arg);
    if (!match) return { ok: false, error: `unknown argument ${JSON.stringify(arg.slice(0, 40))} (see --help)` };
    const value = match[2] ?? argv[++i];
    if (value === undefined || value === '') return { ok: false, error: `--${match[1]} needs a value` };
    values.set(match[1]!, value);
  }
  if (!values.has('duration')) return { ok: false, error: '--duration is required, e.g. --duration 10m' };
  const duration = parseDuration(values.get('duration'));
  if (!duration.ok) return { ok: false, error: `--duration: ${duration.error}` };
  const workers = integer(values.get('workers'), defaults.workers ?? 2, 1, 16);
  if (typeof workers === 'string') return { ok: false, error: `--workers: ${workers}` };
  const runsPerRound = integer(values.get('runs-per-round'), 10, 1, 1000);
  if (typeof runsPerRound === 'string') return { ok: false, error: `--runs-per-round: ${runsPerRound}` };
  return { ok: true, options: { duration: values.get('duration')!.trim(), durationMs: duration.ms, workers, runsPerRound } };
}

/** The integer, the default when absent, or the problem as a string. */
function integer(text: string | undefined, fallback: number, min: number, max: number): number | string {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text.trim())) return `expected a whole number from ${min} to ${max}, got ${JSON.stringify(text.slice(0, 40))}`;
  const n = Number(text);
  return n >= min && n <= max ? n : `expected a whole number from ${min} to ${max}, got ${n}`;
}
