import { shellQuote } from '../client/toCurl';

/**
 * The command that reruns one probe up to one step against both targets:
 * `CHAT_SEED=7 CHAT_CANDIDATE_MOCK_FAULTS=clear-mark-ignored npm run differential -- --replay rule.mark-set-clear/1`.
 * `sideEnv` holds each side's own variables as given, never the secret keys (a reader has
 * those in their environment); `envFiles` the `--reference-env`/`--candidate-env` arguments.
 */
export function replayLine(options: { seed: number; sideEnv: readonly string[]; envFiles: readonly string[] }): (probe: string, step: number) => string {
  const env = [`CHAT_SEED=${options.seed}`, ...options.sideEnv.map((pair) => {
    const at = pair.indexOf('=');
    const value = pair.slice(at + 1);
    return /^[A-Za-z0-9_.,:/@+-]*$/.test(value) ? pair : `${pair.slice(0, at)}=${shellQuote(value)}`;
  })].join(' ');
  const files = options.envFiles.map((arg) => (/^[A-Za-z0-9_.,:/@=+-]*$/.test(arg) ? arg : shellQuote(arg))).join(' ');
  return (probe, step) => `${env} npm run differential -- ${files ? `${files} ` : ''}--replay ${probe}/${step}`;
}
