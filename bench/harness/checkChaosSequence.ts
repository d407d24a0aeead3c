import { DEFAULT_CONFIG } from '../../lib/model/defaults';
import { Oracle } from '../../lib/oracle/Oracle';
import { mulberry32 } from '../../mock/random/mulberry32';
import { ChaosTarget, type TargetFault } from './chaosTarget';
import { CHAT_GROUPS, randomRequest, USERS } from './randomRequest';

/** How one checked sequence went. */
export interface ChaosSequenceResult {
  /** The first divergence line, or `inconclusive: …`; undefined when every answer was explained. */
  readonly stopped?: string;
  /** Time spent inside the oracle per checked step. */
  readonly usPerStep: number;
  /** Candidate-set size after each judged answer. */
  readonly sizes: readonly number[];
}

/**
 * Checks `steps` random requests (randomRequest.ts) against an in-process chaos target
 * (chaosTarget.ts) with the oracle, as the stateful families do against a real target.
 */
export function checkChaosSequence(seed: number, steps: number, options: { lostRate?: number; retryRate?: number; fault?: TargetFault } = {}): ChaosSequenceResult {
  const rand = mulberry32(seed);
  const target = new ChaosTarget(rand, { ...options, seed });
  const oracle = new Oracle({ config: DEFAULT_CONFIG });
  target.seed('im_open_login_svc/multiaccount_import', { Accounts: USERS });
  USERS.forEach((user) => oracle.registerUser(user));
  CHAT_GROUPS.forEach((groupId, i) => {
    target.seed('group_open_http_svc/create_group', { Owner_Account: USERS[i], Type: 'Public', Name: 'chat', GroupId: groupId });
    oracle.registerChatGroup({ groupId, owner: USERS[i]! });
  });
  let elapsed = 0;
  for (let step = 0; step < steps; step++) {
    const request = randomRequest(target, rand);
    const label = { index: step, title: request.api };
    const user = request.body.From_Account as string;
    const pages = request.api === 'read-back' ? target.pages(user) : undefined;
    const outcome = request.api === 'read-back' ? undefined : target.call(request.api, request.body);
    const started = performance.now();
    const verdict = pages !== undefined ? oracle.checkWholeState(label, user, pages) : oracle.check(label, { api: request.api as never, body: request.body }, outcome!);
    elapsed += performance.now() - started;
    if (!verdict.ok) {
      const stopped = 'divergence' in verdict ? verdict.divergence.line : `inconclusive: ${verdict.inconclusive}`;
      return { stopped, usPerStep: (elapsed * 1000) / (step + 1), sizes: oracle.sizes };
    }
  }
  return { usPerStep: (elapsed * 1000) / Math.max(1, steps), sizes: oracle.sizes };
}
