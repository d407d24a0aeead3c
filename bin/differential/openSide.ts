/**
 * One target of a differential run, wired as a single-target conformance run is
 * (tests/conformance/fixtures.ts, globalSetup.ts): an embedded mock on loopback or a remote
 * target behind the preflight; the keep-alive client paced per API at CHAT_RATE_LIMIT with a
 * redacted transcript; the run-prefix guard; fresh users (`rcc_<runid>_r0001`, `…_c0001`) and
 * chat groups written to a resource ledger; cleanup through the real API at the end.
 */
import type { ApiPath } from '../../lib/apis';
import { ChatClient } from '../../lib/client/ChatClient';
import { preflightTarget } from '../../lib/client/preflightTarget';
import { Transcript } from '../../lib/client/Transcript';
import type { TranscriptEntry } from '../../lib/client/types';
import type { DifferentialSide, SideCall } from '../../lib/differential/DifferentialSide';
import { modelConfig } from '../../lib/model/defaults';
import { startMockServer } from '../../mock/startMockServer';
import type { RunningMock } from '../../mock/MockOptions';
import { cleanupResources } from '../../tests/conformance/support/cleanupResources';
import { embeddedMockOptions } from '../../tests/conformance/support/embeddedMockOptions';
import { GuardedClient } from '../../tests/conformance/support/GuardedClient';
import { ResourceLedger } from '../../tests/conformance/support/ResourceLedger';
import type { SideConfig } from './readSideConfigs';

/** A side ready for probes; `close` cleans up and returns one line per resource it could not remove. */
export interface OpenedSide {
  readonly side: DifferentialSide;
  close(): Promise<string[]>;
}

/** Opens one side, or returns the one-line reason it cannot be reached. */
export async function openSide(side: SideConfig, runId: string, ledgerDir: string): Promise<{ ok: true; opened: OpenedSide } | { ok: false; error: string }> {
  const { config, role } = side;
  let mock: RunningMock | undefined;
  let baseUrl: string;
  if (config.target.kind === 'remote') {
    const problem = await preflightTarget(config, config.target.baseUrl);
    if (problem) return { ok: false, error: `${role}: ${problem}` };
    baseUrl = config.target.baseUrl;
  } else {
    mock = await startMockServer({ port: 0, ...embeddedMockOptions(config, side.mock ?? {}) });
    baseUrl = mock.url;
  }
  const transcript = new Transcript({ secrets: [config.secretKey] });
  // One process sends for this side: the whole CHAT_RATE_LIMIT is its own.
  const inner = new ChatClient({ baseUrl, sdkAppId: config.sdkAppId, admin: config.admin, secretKey: config.secretKey, rateLimit: config.rateLimit, timeoutMs: config.timeoutMs, transcript, workers: 1 });
  const client = new GuardedClient(inner, { prefix: `rcc_${runId}_` });
  const ledger = new ResourceLedger({ dir: ledgerDir, runId: `${runId}-${role}` });
  const users: string[] = [];
  const chatGroups: string[] = [];
  // Calls on one side go one at a time (lockstep), so the entry recorded during a call is that call's.
  const recorded: { last?: TranscriptEntry } = {};
  transcript.onEntry((entry) => (recorded.last = entry));
  const call = async (api: ApiPath, body: unknown): Promise<SideCall> => {
    delete recorded.last;
    const outcome = await client.call(api, body, { invalidOnPurpose: true });
    const entry = recorded.last;
    return entry === undefined ? { outcome } : { outcome, entry };
  };
  const answered = async (api: ApiPath, body: unknown, what: string): Promise<Record<string, unknown>> => {
    const { outcome } = await call(api, body);
    if (outcome.kind !== 'answered') throw new Error(`${what}: ${outcome.kind === 'malformed' ? `HTTP ${outcome.httpStatus} ${outcome.reason}` : outcome.reason}`);
    return outcome.body;
  };

  const differentialSide: DifferentialSide = {
    role,
    label: mock ? `embedded mock${describeMock(side)}` : new URL(baseUrl).host,
    modelConfig: modelConfig({ limits: { nameMaxBytes: config.nameMaxBytes } }),
    call,
    get requestCount() {
      return inner.requestCount;
    },
    async newUsers(count) {
      // Zero-padded, so no user id is a prefix of another (SideIdentity replaces ids inside strings).
      const ids = Array.from({ length: count }, (_, i) => `rcc_${runId}_${role[0]}${String(users.length + 1 + i).padStart(4, '0')}`);
      for (const id of ids) ledger.created('user', id);
      users.push(...ids);
      const body = await answered('im_open_login_svc/multiaccount_import', { Accounts: ids }, 'multiaccount_import');
      const failed = Array.isArray(body.FailAccounts) ? body.FailAccounts : [];
      if (body.ErrorCode !== 0 || failed.length > 0) throw new Error(`multiaccount_import failed: ErrorCode ${String(body.ErrorCode)}, FailAccounts ${JSON.stringify(failed)}`);
      return ids;
    },
    async newChatGroup(owner, members) {
      const body = await answered('group_open_http_svc/create_group', { Owner_Account: owner, Type: 'Public', Name: 'rcc group', ...(members.length > 0 && { MemberList: members.map((Member_Account) => ({ Member_Account })) }) }, 'create_group');
      if (body.ErrorCode !== 0 || typeof body.GroupId !== 'string') throw new Error(`create_group failed: ErrorCode ${String(body.ErrorCode)}`);
      chatGroups.push(body.GroupId);
      ledger.created('chat-group', body.GroupId);
      return body.GroupId;
    },
  };

  return {
    ok: true,
    opened: {
      side: differentialSide,
      async close() {
        // The embedded mock's state dies with it; a remote target is cleaned through its API, failures listed.
        const failures = mock ? [] : await cleanupResources(client, { users, chatGroups }, { removed: (kind, id) => ledger.removed(kind, id) });
        if (failures.length === 0) ledger.discard();
        inner.close();
        await mock?.close();
        return failures.map((line) => `${role}: ${line}`);
      },
    },
  };
}

/** ` (preset alternative, faults clear-mark-ignored)`, or '' for the default mock. */
function describeMock(side: SideConfig): string {
  const parts = [
    side.mock?.preset && side.mock.preset !== 'default' ? `preset ${side.mock.preset}${side.mock.chaosSeed !== undefined ? ` seed ${side.mock.chaosSeed}` : ''}` : '',
    side.mock?.faults?.length ? `faults ${side.mock.faults.join(', ')}` : '',
    side.mock?.edition === 'basic' ? 'edition basic' : '',
  ].filter(Boolean);
  return parts.length > 0 ? ` (${parts.join('; ')})` : '';
}
