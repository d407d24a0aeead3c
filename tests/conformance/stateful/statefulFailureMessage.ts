/**
 * The failure message of a stateful test: seed and path, the shrunk sequence, the
 * diverging step with expected and actual, the one-line replay command, and curl commands
 * (UserSig never included: toCurl reads it from $USERSIG).
 */
import type { StatefulFailed } from '../../../generators/StatefulResult';
import { toCurl } from '../../../lib/client/toCurl';
import { replayCommand } from '../../../lib/report/replayCommand';

/** The replay command of a failure: the seed, path and replay path, then the test by title. */
export function statefulReplayCommand(result: Pick<StatefulFailed, 'seed' | 'path' | 'replayPath'>, title: string): string {
  return `CHAT_SEED=${result.seed} CHAT_PATH='${result.path}' CHAT_REPLAY_PATH='${result.replayPath}' ${replayCommand(title)}`;
}

/** The multi-line message the test fails with. */
export function statefulFailureMessage(result: StatefulFailed, title: string): string {
  const lines = [
    `stateful family ${result.family} diverged from the model${result.fromCorpus ? ` (stored ${result.fromCorpus.name ?? 'regression case'})` : ''}: seed ${result.seed}, path "${result.path}"`,
    `shrunk sequence (${result.commands.length} steps, ${result.numShrinks} shrinks):`,
    ...result.commands.map((command, i) => `  ${i}. ${command}${i === result.divergingStep ? '   <-- diverges' : ''}`),
    `diverging step ${result.divergingStep}: ${result.divergence}`,
    `  expected: ${result.expected}`,
    `  actual:   ${result.actual}`,
    `replay: ${statefulReplayCommand(result, title)}`,
    `curl (set USERSIG to a UserSig of the admin first):`,
    ...result.exchanges.map((entry) => `  ${toCurl(entry)}`),
  ];
  return lines.join('\n');
}
