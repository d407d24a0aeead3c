import { BENCH_FIGURES } from './BenchFigure';
import type { BenchFigureName } from './BenchFigure';

/** Options of `npm run bench`. */
export interface BenchOptions {
  /** Figures to measure. @defaultValue all four */
  only: BenchFigureName[];
  /** A smoke run: short durations, small counts. @defaultValue false */
  quick: boolean;
  /** Length of each pacing run in seconds (1..60). @defaultValue 30, or 3 with --quick */
  pacingSeconds: number;
  /** User counts of the `scale` figure, ascending. @defaultValue [1000, 10000, 100000] */
  scaleUsers: number[];
}

/** Default user counts of the `scale` figure (issue 12: "with 1k, 10k and 100k users imported"). */
export const DEFAULT_SCALE_USERS = [1000, 10_000, 100_000];
/** Most users `--scale-users` takes: a million is already minutes of importing. */
const MAX_SCALE_USERS = 1_000_000;

/** Parses `--only a[,b]`, `--quick`, `--pacing-seconds N`, `--scale-users N[,N]`. Returns one readable error line on bad input. */
export function parseBenchArgs(argv: readonly string[]): { ok: true; options: BenchOptions } | { ok: false; error: string } {
  let only: BenchFigureName[] = [...BENCH_FIGURES];
  let quick = false;
  let pacingSeconds: number | undefined;
  let scaleUsers = DEFAULT_SCALE_USERS;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const next = (): string | undefined => inline ?? argv[++i];
    if (flag === '--quick') quick = true;
    else if (flag === '--only') {
      const names = (next() ?? '').split(',').filter(Boolean);
      const bad = names.filter((name) => !(BENCH_FIGURES as readonly string[]).includes(name));
      if (names.length === 0 || bad.length > 0) {
        return { ok: false, error: `--only: expected one or more of ${BENCH_FIGURES.join('|')}, got "${names.join(',')}"` };
      }
      only = names as BenchFigureName[];
    } else if (flag === '--pacing-seconds') {
      const raw = next() ?? '';
      const value = Number(raw);
      if (!/^\d+$/.test(raw) || value < 1 || value > 60) {
        return { ok: false, error: `--pacing-seconds: expected an integer from 1 to 60, got "${raw}"` };
      }
      pacingSeconds = value;
    } else if (flag === '--scale-users') {
      const raw = next() ?? '';
      const counts = raw.split(',').map(Number);
      if (!/^\d+(,\d+)*$/.test(raw) || counts.some((n) => n < 1 || n > MAX_SCALE_USERS)) {
        return { ok: false, error: `--scale-users: expected user counts from 1 to ${MAX_SCALE_USERS} separated by commas, got "${raw}"` };
      }
      scaleUsers = [...new Set(counts)].sort((a, b) => a - b);
    } else {
      return { ok: false, error: `unknown argument "${arg}" (expected --only, --quick, --pacing-seconds, --scale-users)` };
    }
  }
  return { ok: true, options: { only, quick, pacingSeconds: pacingSeconds ?? (quick ? 3 : 30), scaleUsers } };
}
