/**
 * In-process harness of the stateful self-tests: the reference mock on 127.0.0.1 port 0
 * (optionally with seeded faults or the alternative preset), a ChatClient without pacing,
 * and StatefulDeps whose users and chat groups are created with the client directly
 * (multiaccount_import, create_group) under a unique prefix.
 */
import { embeddedMockClient } from '../../../lib/client/embeddedMockClient';
import { Transcript } from '../../../lib/client/Transcript';
import { CONFIG_DEFAULTS } from '../../../lib/config/configDefaults';
import { startMockServer } from '../../../mock/startMockServer';
import type { StatefulDeps } from '../../../generators/runStatefulFamily';

/** Seed of the self-tests: fixed, so a found fault is found again on every run. */
export const SELF_SEED = CONFIG_DEFAULTS.seed;

/** A started harness. */
export interface StatefulHarness {
  /** Deps for runStatefulFamily, with `overrides` applied. */
  deps(overrides?: Partial<StatefulDeps>): StatefulDeps;
  close(): Promise<void>;
}

let harnessSeq = 0;

/** Starts the mock and the client. Close it in teardown. */
export async function startStatefulHarness(options: { faults?: string[]; preset?: 'default' | 'alternative' } = {}): Promise<StatefulHarness> {
  const mock = await startMockServer({ port: 0, rateLimit: 0, faults: options.faults ?? [], preset: options.preset ?? 'default' });
  const transcript = new Transcript();
  const client = embeddedMockClient(mock.url, { timeoutMs: 5_000, transcript });
  const prefix = `rcc_self${process.pid}x${++harnessSeq}_`;
  let userSeq = 0;

  const newUsers = async (count: number): Promise<string[]> => {
    const ids = Array.from({ length: count }, () => `${prefix}u${++userSeq}`);
    const outcome = await client.call('im_open_login_svc/multiaccount_import', { Accounts: ids });
    if (outcome.kind !== 'answered' || outcome.body.ErrorCode !== 0) throw new Error(`harness: multiaccount_import failed (${outcome.kind})`);
    return ids;
  };
  const newChatGroup = async ({ owner, members = [] }: { owner: string; members?: string[] }): Promise<string> => {
    const outcome = await client.call('group_open_http_svc/create_group', {
      Owner_Account: owner,
      Type: 'Public',
      Name: 'rcc group',
      ...(members.length > 0 && { MemberList: members.map((Member_Account) => ({ Member_Account })) }),
    });
    if (outcome.kind !== 'answered' || typeof outcome.body.GroupId !== 'string') throw new Error(`harness: create_group failed (${outcome.kind})`);
    return outcome.body.GroupId;
  };

  return {
    deps: (overrides = {}) => ({
      client,
      newUser: async () => (await newUsers(1))[0]!,
      newUsers,
      newChatGroup,
      nameMaxBytes: 64,
      seed: SELF_SEED,
      runs: CONFIG_DEFAULTS.runs,
      timeBudgetMs: 20_000,
      transcript,
      ...overrides,
    }),
    close: async () => {
      client.close();
      await mock.close();
    },
  };
}
