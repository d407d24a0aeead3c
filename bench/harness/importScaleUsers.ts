import type { ChatClientLike } from '../../lib/client/types';
import { runLanes } from './runLanes';

/** "≤ 100 per call" (multiaccount_import, notes §7.2). */
export const IMPORT_BATCH = 100;

/**
 * Imports `userIds` with multiaccount_import, 100 a call, 8 calls in flight. Throws one line when
 * a call fails or names a FailAccounts entry: a benchmark without its users means nothing.
 */
export async function importScaleUsers(client: ChatClientLike, userIds: readonly string[]): Promise<void> {
  await runLanes(Math.ceil(userIds.length / IMPORT_BATCH), 8, async (batch) => {
    const Accounts = userIds.slice(batch * IMPORT_BATCH, (batch + 1) * IMPORT_BATCH);
    const outcome = await client.call('im_open_login_svc/multiaccount_import', { Accounts });
    const failed = outcome.kind === 'answered' ? ((outcome.body.FailAccounts as unknown[] | undefined)?.length ?? 0) : Accounts.length;
    if (outcome.kind !== 'answered' || outcome.body.ErrorCode !== 0 || failed > 0) {
      throw new Error(`bench fixture: multiaccount_import failed (${outcome.kind === 'answered' ? `ErrorCode ${outcome.body.ErrorCode}, ${failed} not imported` : outcome.kind})`);
    }
  });
}
