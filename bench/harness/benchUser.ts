import type { ChatClientLike } from '../../lib/client/types';

/**
 * Imports users for a benchmark (account_import, tencent-chat-api-notes.md §7.1: "If the same
 * account is imported to Chat repeatedly, only one internal ID will be created"), and returns them.
 * Throws with one line when the target refuses: a benchmark without its fixture means nothing.
 */
export async function importBenchUsers(client: ChatClientLike, userIds: readonly string[]): Promise<string[]> {
  for (const UserID of userIds) {
    const outcome = await client.call('im_open_login_svc/account_import', { UserID });
    if (outcome.kind !== 'answered' || outcome.body.ErrorCode !== 0) {
      throw new Error(`bench fixture: account_import ${UserID} failed (${outcome.kind === 'answered' ? `ErrorCode ${outcome.body.ErrorCode}` : outcome.kind})`);
    }
  }
  return [...userIds];
}
