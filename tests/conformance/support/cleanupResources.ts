/**
 * Teardown through the real API: destroy the chat groups, delete each user's
 * conversation groups, then delete the accounts. Runs after a failing test too,
 * and in the global teardown for resources an interrupted worker left behind.
 * Returns one line per problem; never throws.
 */
import type { ChatClientLike, Envelope } from '../../../lib/client/types';
import { readAllPages } from './readAllPages';

/** What to clean. */
export interface Resources {
  users: readonly string[];
  chatGroups: readonly string[];
}

/** Answers that mean "already gone": 10010/10015 dismissed group (notes §4.3), 70107 account not imported (§4.1). */
const ALREADY_GONE = new Set([10010, 10015, 70107]);

/** @defaultValue 100: account_delete takes up to 100 DeleteItem entries (notes §7.3). */
const DELETE_BATCH = 100;

/** Cleans `resources`; calls `removed` for each one that is gone, returns the failures. */
export async function cleanupResources(
  client: ChatClientLike,
  resources: Resources,
  options: { removed?: (kind: 'user' | 'chat-group', id: string) => void; deleteContactGroups?: boolean } = {},
): Promise<string[]> {
  const failures: string[] = [];
  const call = async (api: Parameters<ChatClientLike['call']>[0], body: unknown, what: string): Promise<Envelope | undefined> => {
    try {
      const outcome = await client.call(api, body);
      if (outcome.kind === 'answered') return outcome.body;
      failures.push(`${what}: ${outcome.kind === 'malformed' ? `HTTP ${outcome.httpStatus} ${outcome.reason}` : outcome.reason}`);
    } catch (error) {
      failures.push(`${what}: ${(error as Error).message.split('\n')[0]}`);
    }
    return undefined;
  };

  for (const groupId of resources.chatGroups) {
    const body = await call('group_open_http_svc/destroy_group', { GroupId: groupId }, `destroy chat group ${groupId}`);
    if (body && (body.ErrorCode === 0 || ALREADY_GONE.has(body.ErrorCode))) options.removed?.('chat-group', groupId);
    else if (body) failures.push(`destroy chat group ${groupId}: ErrorCode ${body.ErrorCode} ${body.ErrorInfo}`);
  }

  if (options.deleteContactGroups ?? true) {
    for (const user of resources.users) {
      const read = await readAllPages(async (page) => (await call('recentcontact/get_contact_group', page, `read ${user}`)) ?? failEnvelope(), user);
      if (!read.ok) continue; // an unimported or already-deleted user has nothing to clean
      for (const group of read.state.groups) {
        const body = await call('recentcontact/del_contact_group', { From_Account: user, GroupName: [group.GroupName] }, `delete group of ${user}`);
        if (body && body.ErrorCode !== 0 && body.ErrorCode !== 51009) failures.push(`delete group ${JSON.stringify(group.GroupName)} of ${user}: ErrorCode ${body.ErrorCode}`);
      }
    }
  }

  for (let i = 0; i < resources.users.length; i += DELETE_BATCH) {
    const batch = resources.users.slice(i, i + DELETE_BATCH);
    const body = await call('im_open_login_svc/account_delete', { DeleteItem: batch.map((UserID) => ({ UserID })) }, `delete ${batch.length} accounts`);
    if (!body) continue;
    if (body.ErrorCode !== 0) {
      failures.push(`delete ${batch.length} accounts: ErrorCode ${body.ErrorCode} ${body.ErrorInfo}`);
      continue;
    }
    const results = Array.isArray(body.ResultItem) ? (body.ResultItem as { UserID?: string; ResultCode?: number }[]) : [];
    for (const user of batch) {
      const result = results.find((r) => r.UserID === user);
      if (result && result.ResultCode !== 0 && !ALREADY_GONE.has(result.ResultCode ?? 0)) failures.push(`delete account ${user}: ResultCode ${result.ResultCode}`);
      else options.removed?.('user', user);
    }
  }
  return failures;
}

function failEnvelope(): Envelope {
  return { ActionStatus: 'FAIL', ErrorCode: -1, ErrorInfo: 'no answer' };
}
