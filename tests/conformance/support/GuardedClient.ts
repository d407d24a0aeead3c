/**
 * The safety guard around the suite's client: it refuses any write whose account
 * lacks the run prefix, so a misconfigured run can never touch real users, and it
 * only destroys chat groups this run created. It also remembers which of the run's
 * accounts are imported right now, for the server-error control call (searchControl.ts).
 */
import type { ApiPath } from '../../../lib/apis';
import type { CallOptions, CallOutcome, ChatClientLike } from '../../../lib/client/types';

/** Raised when a test tries to write outside its run. A bug in the suite, never in the target. */
export class UnsafeWriteError extends Error {
  override readonly name = 'UnsafeWriteError';
}

type Json = Record<string, unknown>;

const WRITES = new Set<ApiPath>([
  'recentcontact/update_contact_group',
  'recentcontact/del_contact_group',
  'recentcontact/mark_contact',
  'recentcontact/create_contact_group',
  'im_open_login_svc/account_import',
  'im_open_login_svc/multiaccount_import',
  'im_open_login_svc/account_delete',
  'group_open_http_svc/create_group',
  'group_open_http_svc/destroy_group',
]);

/** The accounts a write request acts on, per the request shapes of notes §3 and §7. */
export function accountsWritten(api: ApiPath, body: Json): unknown[] {
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  switch (api) {
    case 'im_open_login_svc/account_import':
      return [body.UserID];
    case 'im_open_login_svc/multiaccount_import':
      return [...list(body.Accounts), ...list(body.AccountList).map((a) => (a as Json | null)?.UserID)];
    case 'im_open_login_svc/account_delete':
      return list(body.DeleteItem).map((d) => (d as Json | null)?.UserID);
    case 'group_open_http_svc/create_group':
      return [body.Owner_Account, ...list(body.MemberList).map((m) => (m as Json | null)?.Member_Account)].filter((a) => a !== undefined);
    case 'group_open_http_svc/destroy_group':
      return [];
    default:
      return [body.From_Account];
  }
}

/** Wraps a client; every write must name only accounts that start with `prefix`. */
export class GuardedClient implements ChatClientLike {
  readonly #inner: ChatClientLike;
  readonly #prefix: string;
  readonly #ownGroups = new Set<string>();
  /** Accounts this client imported and has not deleted, oldest first. */
  readonly #liveUsers = new Set<string>();

  constructor(inner: ChatClientLike, options: { prefix: string }) {
    if (!/^rcc_[a-z0-9]+_/.test(options.prefix)) throw new UnsafeWriteError(`run prefix "${options.prefix}" does not look like rcc_<runid>_`);
    this.#inner = inner;
    this.#prefix = options.prefix;
  }

  get requestCount(): number {
    return this.#inner.requestCount;
  }

  /** Calls the inner client after the guard; remembers the chat groups it creates. */
  async call(api: ApiPath, body: unknown, options?: CallOptions): Promise<CallOutcome> {
    if (WRITES.has(api)) this.#check(api, options?.rawBody !== undefined ? parseOrNull(options.rawBody) : body);
    const outcome = await this.#inner.call(api, body, options);
    if (api === 'group_open_http_svc/create_group' && outcome.kind === 'answered' && typeof outcome.body.GroupId === 'string') {
      this.#ownGroups.add(outcome.body.GroupId);
    }
    if (outcome.kind === 'answered' && options?.rawBody === undefined && typeof body === 'object' && body !== null) this.#trackUsers(api, body as Json, outcome.body);
    return outcome;
  }

  /** The account this client imported last and has not deleted since; undefined when there is none. */
  liveUser(): string | undefined {
    return [...this.#liveUsers].at(-1);
  }

  /** Imports answered OK add accounts (minus FailAccounts, notes §7.2); any answered delete removes them. */
  #trackUsers(api: ApiPath, body: Json, answer: Json): void {
    if (api === 'im_open_login_svc/account_delete') {
      for (const account of accountsWritten(api, body)) if (typeof account === 'string') this.#liveUsers.delete(account);
      return;
    }
    if ((api !== 'im_open_login_svc/account_import' && api !== 'im_open_login_svc/multiaccount_import') || answer.ErrorCode !== 0) return;
    const failed = new Set(Array.isArray(answer.FailAccounts) ? answer.FailAccounts : []);
    for (const account of accountsWritten(api, body)) if (typeof account === 'string' && !failed.has(account)) this.#liveUsers.add(account);
  }

  /** Lets a sweep destroy a chat group created by an earlier (interrupted) process of this run. */
  adoptGroup(groupId: string): void {
    this.#ownGroups.add(groupId);
  }

  #check(api: ApiPath, body: unknown): void {
    if (body === null) return; // malformed on purpose: the target cannot act on any account
    if (typeof body !== 'object') throw new UnsafeWriteError(`refusing ${api}: body is not an object`);
    const json = body as Json;
    if (api === 'group_open_http_svc/destroy_group') {
      if (typeof json.GroupId !== 'string' || !this.#ownGroups.has(json.GroupId)) {
        throw new UnsafeWriteError(`refusing ${api}: GroupId ${JSON.stringify(json.GroupId)} was not created by this run`);
      }
      return;
    }
    for (const account of accountsWritten(api, json)) {
      if (typeof account !== 'string' || !account.startsWith(this.#prefix)) {
        throw new UnsafeWriteError(`refusing ${api}: account ${JSON.stringify(account)} lacks the run prefix ${this.#prefix}`);
      }
    }
  }
}

function parseOrNull(raw: string | Buffer): unknown {
  try {
    return JSON.parse(raw.toString()) as unknown;
  } catch {
    return null;
  }
}
