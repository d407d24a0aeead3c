/** The command line of `npm run differential`. */
export interface DifferentialArgs {
  referenceEnv?: string;
  candidateEnv?: string;
  /** Skip the candidate's single-target conformance run. */
  noConformance: boolean;
  /** `--replay <probe-id>/<step>`: rerun that probe up to that step and say whether the difference is still there. */
  replay?: { probe: string; step: number };
  /** Random sequences to send. @defaultValue 8 */
  random: number;
  /** `--conformance-grep PATTERN`: passed to the candidate's conformance run as `--grep`. */
  conformanceGrep?: string;
  /** Where the reports go. @defaultValue RCC_REPORTS_DIR/differential, else reports/differential */
  out?: string;
  help: boolean;
}

export const DIFFERENTIAL_USAGE =
  'usage: npm run differential -- [--reference-env FILE] [--candidate-env FILE] [--no-conformance] [--conformance-grep PATTERN] [--random N] [--out DIR] [--replay PROBE/STEP]';

/** Parses the arguments; a problem is one line. */
export function parseDifferentialArgs(argv: readonly string[]): { ok: true; args: DifferentialArgs } | { ok: false; error: string } {
  const args: DifferentialArgs = { noConformance: false, random: 8, help: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = (): string | undefined => {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) return undefined;
      i++;
      return next;
    };
    if (flag === '--help' || flag === '-h') args.help = true;
    else if (flag === '--no-conformance') args.noConformance = true;
    else if (flag === '--reference-env' || flag === '--candidate-env' || flag === '--conformance-grep' || flag === '--out') {
      const given = value();
      if (given === undefined) return { ok: false, error: `${flag} needs a value` };
      if (flag === '--reference-env') args.referenceEnv = given;
      else if (flag === '--candidate-env') args.candidateEnv = given;
      else if (flag === '--conformance-grep') args.conformanceGrep = given;
      else args.out = given;
    } else if (flag === '--random') {
      const given = value();
      if (given === undefined || !/^\d+$/.test(given) || Number(given) > 1000) return { ok: false, error: `--random expects a number of sequences 0..1000, got ${JSON.stringify(given ?? '')}` };
      args.random = Number(given);
    } else if (flag === '--replay') {
      const match = /^([a-z]+\.[A-Za-z0-9-]+)\/(\d+)$/.exec(value() ?? '');
      if (!match) return { ok: false, error: '--replay expects PROBE/STEP, e.g. --replay choice.groupIdAllocation/3' };
      args.replay = { probe: match[1]!, step: Number(match[2]) };
    } else return { ok: false, error: `unknown argument ${JSON.stringify(flag.slice(0, 60))} (${DIFFERENTIAL_USAGE})` };
  }
  return { ok: true, args };
}
