/**
 * The users and chat groups of one soak round, made through the real API exactly as the
 * conformance fixtures make them (tests/conformance/fixtures.ts newUsers / newChatGroup), and
 * removed when the round ends, so a soak of hours keeps only one round's accounts per lane alive.
 * Every creation is written to the run's resource ledger first, so a crash leaves a list to sweep.
 */
import type { ChatClientLike } from '../../../lib/client/types';
import { cleanupResources } from '../support/cleanupResources';
import type { ResourceLedger } from '../support/ResourceLedger';

/** What a round needs to make and remove its resources. */
export interface RoundResourceOptions {
  /** Creates through this client (the stoppable one: no new accounts once the soak stops). */
  client: ChatClientLike;
  /** Removes through this client (never stopped; the guarded client the lane owns). */
  cleanupClient: ChatClientLike;
  /** `rcc_<runid>_w<lane>_`: the guard only lets writes through for this prefix. */
  prefix: string;
  /** Next user number of the lane (shared across its rounds, so ids never repeat). */
  nextUserNumber: () => number;
  ledger: ResourceLedger;
  /** Delete each user's conversation groups before the account (remote targets). */
  deleteContactGroups: boolean;
}

export class RoundResources {
  private readonly users: string[] = [];
  private readonly chatGroups: string[] = [];

  constructor(private readonly options: RoundResourceOptions) {}

  /** Imports `count` fresh users in one multiaccount_import (notes §7.2); throws when it fails. */
  readonly newUsers = async (count: number): Promise<string[]> => {
    const ids = Array.from({ length: count }, () => `${this.options.prefix}u${this.options.nextUserNumber()}`);
    for (const id of ids) this.options.ledger.created('user', id);
    this.users.push(...ids);
    const outcome = await this.options.client.call('im_open_login_svc/multiaccount_import', { Accounts: ids });
    if (outcome.kind !== 'answered') throw new Error(`fixture: multiaccount_import: ${outcome.reason}`);
    const failed = Array.isArray(outcome.body.FailAccounts) ? outcome.body.FailAccounts : [];
    if (outcome.body.ErrorCode !== 0 || failed.length > 0) throw new Error(`fixture: multiaccount_import failed: ErrorCode ${outcome.body.ErrorCode}, FailAccounts ${JSON.stringify(failed)}`);
    return ids;
  };

  readonly newUser = async (): Promise<string> => (await this.newUsers(1))[0]!;

  /** A `Public` chat group (notes §7.5) owned by `owner` with `members`; throws when it fails. */
  readonly newChatGroup = async ({ owner, members = [] }: { owner: string; members?: string[] }): Promise<string> => {
    const outcome = await this.options.client.call('group_open_http_svc/create_group', {
      Owner_Account: owner,
      Type: 'Public',
      Name: 'rcc group',
      ...(members.length > 0 && { MemberList: members.map((Member_Account) => ({ Member_Account })) }),
    });
    if (outcome.kind !== 'answered') throw new Error(`fixture: create_group: ${outcome.reason}`);
    if (outcome.body.ErrorCode !== 0 || typeof outcome.body.GroupId !== 'string') throw new Error(`fixture: create_group failed: ErrorCode ${outcome.body.ErrorCode} ${outcome.body.ErrorInfo}`);
    this.chatGroups.push(outcome.body.GroupId);
    this.options.ledger.created('chat-group', outcome.body.GroupId);
    return outcome.body.GroupId;
  };

  /** Destroys the chat groups, then deletes the users; one line per problem, never throws. */
  async cleanup(): Promise<string[]> {
    const { ledger } = this.options;
    const failures = await cleanupResources(
      this.options.cleanupClient,
      { users: this.users, chatGroups: this.chatGroups },
      { removed: (kind, id) => ledger.removed(kind, id), deleteContactGroups: this.options.deleteContactGroups },
    );
    this.users.length = 0;
    this.chatGroups.length = 0;
    return failures;
  }
}
