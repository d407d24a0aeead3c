/** Options of `npm run mutation`. */
export interface MutationOptions {
  /** Faults to seed, one run each. @defaultValue every fault in FAULTS, or QUICK_FAULTS with --quick */
  faults?: string[];
  /** Lower CHAT_RUNS and, unless --faults is given, the representative QUICK_FAULTS. @defaultValue false */
  quick: boolean;
  /** Runs in parallel. @defaultValue 1 (a 2-core machine; each run already has 2 Playwright workers) */
  jobs: number;
  /** Also run the conforming default and alternative presets (false alarms). @defaultValue true */
  conforming: boolean;
  /** Kill one run after this long. @defaultValue 10 minutes, 4 with --quick */
  timeoutMs: number;
  /** CHAT_RUNS for every run. @defaultValue the suite's default, or 5 with --quick */
  runs?: number;
  /** Where to write mutation.json. @defaultValue reports/mutation.json */
  out?: string;
}

/**
 * Faults caught by single-call rules, one per family (schema type, byte limit, mark semantics,
 * gateway), used by --quick and the self-test.
 */
export const QUICK_FAULTS = ['group-id-as-string', 'name-limit-in-chars', 'clear-mark-ignored', 'usersig-unchecked'] as const;

/** Parses `--faults a,b`, `--quick`, `--jobs N`, `--runs N`, `--timeout-ms N`, `--no-conforming`, `--out file`. */
export function parseMutationArgs(argv: readonly string[]): { ok: true; options: MutationOptions } | { ok: false; error: string } {
  let quick = false;
  let jobs = 1;
  let conforming = true;
  let faults: string[] | undefined;
  let runs: number | undefined;
  let timeoutMs: number | undefined;
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const next = (): string => (eq > 0 ? arg.slice(eq + 1) : (argv[++i] ?? ''));
    const positive = (raw: string, what: string): number | string => {
      const value = Number(raw);
      return /^\d+$/.test(raw) && value >= 1 ? value : `${flag}: expected ${what}, got "${raw}"`;
    };
    if (flag === '--quick') quick = true;
    else if (flag === '--no-conforming') conforming = false;
    else if (flag === '--faults') {
      faults = next().split(',').map((name) => name.trim()).filter(Boolean);
      if (faults.length === 0) return { ok: false, error: '--faults: expected a comma-separated list of fault names' };
    } else if (flag === '--jobs' || flag === '--runs' || flag === '--timeout-ms') {
      const value = positive(next(), 'a positive integer');
      if (typeof value === 'string') return { ok: false, error: value };
      if (flag === '--jobs') jobs = value;
      else if (flag === '--runs') runs = value;
      else timeoutMs = value;
    } else if (flag === '--out') {
      out = next();
      if (!out) return { ok: false, error: '--out: expected a file path' };
    } else {
      return { ok: false, error: `unknown argument "${arg}" (expected --faults, --quick, --jobs, --runs, --timeout-ms, --no-conforming, --out)` };
    }
  }
  const effectiveRuns = runs ?? (quick ? 5 : undefined);
  return {
    ok: true,
    options: {
      ...(faults ? { faults } : {}),
      quick,
      jobs,
      conforming,
      timeoutMs: timeoutMs ?? (quick ? 4 : 10) * 60_000,
      ...(effectiveRuns !== undefined ? { runs: effectiveRuns } : {}),
      ...(out ? { out } : {}),
    },
  };
}
