/**
 * Helpers for the model's self-tests: a tiny driver over applyRequest that imports users,
 * creates chat groups and conversation groups, and serialises states for equality checks.
 */
import type { ApiPath } from '../../../lib/apis';
import { applyRequest } from '../../../lib/model/applyRequest';
import { DEFAULT_CONFIG } from '../../../lib/model/defaults';
import { emptyState } from '../../../lib/model/emptyState';
import { PersistentMap } from '../../../lib/model/PersistentMap';
import type { ModelConfig, ModelResponse, ModelResult, ModelState } from '../../../lib/model/types';

/** The clock of every fixture call unless a test passes its own. */
export const NOW = 1_700_000_000;

/** One call. */
export function call(state: ModelState, api: ApiPath, body: unknown, config: ModelConfig = DEFAULT_CONFIG, now = NOW): ModelResult {
  return applyRequest(state, { api, body, now }, config);
}

/** One call that must succeed; returns the new state. */
export function must(state: ModelState, api: ApiPath, body: unknown, config: ModelConfig = DEFAULT_CONFIG, now = NOW): ModelState {
  const result = call(state, api, body, config, now);
  if (result.response.ActionStatus !== 'OK') throw new Error(`${api} failed: ${JSON.stringify(result.response)}`);
  return result.state;
}

/** A state with these users imported. */
export function withUsers(...userIds: string[]): ModelState {
  return must(emptyState(), 'im_open_login_svc/multiaccount_import', { Accounts: userIds });
}

/** Creates a conversation group for `from`, optionally with initial C2C peers. */
export function withGroup(state: ModelState, from: string, name: string, peers: string[] = [], config: ModelConfig = DEFAULT_CONFIG): ModelState {
  const ContactItem = peers.map((peer) => ({ Type: 1, To_Account: peer }));
  return must(state, 'recentcontact/create_contact_group', { From_Account: from, GroupContactItem: [{ GroupName: name, ContactItem }] }, config);
}

/** Creates a chat group and returns it with the new state. */
export function withChatGroup(state: ModelState, owner: string, members: string[] = []): { state: ModelState; groupId: string } {
  const result = call(state, 'group_open_http_svc/create_group', {
    Owner_Account: owner,
    Type: 'Public',
    Name: 'chat',
    MemberList: members.map((m) => ({ Member_Account: m })),
  });
  return { state: result.state, groupId: String(result.response.GroupId) };
}

/** C2C ContactItem. */
export function c2c(account: string): { Type: 1; To_Account: string } {
  return { Type: 1, To_Account: account };
}

/** Group ContactItem. */
export function g2c(groupId: string): { Type: 2; ToGroupId: string } {
  return { Type: 2, ToGroupId: groupId };
}

/** Search one user's conversations. */
export function search(state: ModelState, from: string, items: unknown[], config: ModelConfig = DEFAULT_CONFIG): ModelResponse {
  return call(state, 'recentcontact/search_contact_group', { From_Account: from, ContactItem: items }, config).response;
}

/** A deterministic text form of a state (Maps, the users map, Sets and BigInts included) for deep comparison. */
export function snapshot(state: ModelState): string {
  return JSON.stringify(state, (_key, value: unknown) => {
    if (typeof value === 'bigint') return `${value}n`;
    if (value instanceof Map || value instanceof PersistentMap) return { map: [...value.entries()].sort(([a], [b]) => String(a).localeCompare(String(b))) };
    if (value instanceof Set) return { set: [...value.values()] };
    return value;
  });
}

/** A string of `bytes` UTF-8 bytes made of characters of `unit` bytes (1..4). */
export function nameOfBytes(bytes: number, unit: 1 | 2 | 3 | 4 = 1): string {
  if (bytes % unit !== 0) throw new Error(`${bytes} is not a multiple of ${unit}`);
  const char = { 1: 'a', 2: 'é', 3: '中', 4: '😀' }[unit];
  return char.repeat(bytes / unit);
}
