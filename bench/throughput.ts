/**
 * Figure `throughput`: schema-validated requests per second through the suite's own ChatClient
 * against the embedded mock, for each endpoint under test. Both limits are off (mock rateLimit 0,
 * client rateLimit 0) so the figure is the client + validator + mock cost, not the pacing.
 */
import { embeddedMockClient } from '../lib/client/embeddedMockClient';
import type { ApiPath } from '../lib/apis';
import { Transcript } from '../lib/client/Transcript';
import type { CallOutcome } from '../lib/client/types';
import { createSchemaValidator } from '../lib/spec/createSchemaValidator';
import { startMockServer } from '../mock/startMockServer';
import type { BenchFigure, BenchRow } from './BenchFigure';
import { importBenchUsers } from './harness/benchUser';
import { runLanes } from './harness/runLanes';

export interface ThroughputOptions {
  /** Calls per endpoint. @defaultValue 2000 */
  calls?: number;
  /** Calls in flight. @defaultValue 8 */
  lanes?: number;
}

/** Each conversation-group user may own at most 20 groups (update_contact_group.page.txt: "Each user can create up to 20 conversation groups"). */
const GROUPS_PER_USER = 20;

/** Measures the `throughput` figure: one row per endpoint under test, with failed calls and schema errors counted. */
export async function measureThroughput(options: ThroughputOptions = {}): Promise<BenchFigure> {
  const calls = options.calls ?? 2000;
  const lanes = options.lanes ?? 8;
  const mock = await startMockServer({ rateLimit: 0 });
  const transcript = new Transcript();
  const client = embeddedMockClient(mock.url, { validator: createSchemaValidator({}), transcript });
  const rows: BenchRow[] = [];
  try {
    const [owner, peer] = await importBenchUsers(client, ['bench_owner', 'bench_peer']);
    const contact = { Type: 1, To_Account: peer };
    await mustAnswer(client.call('recentcontact/create_contact_group', {
      From_Account: owner,
      GroupContactItem: [{ GroupName: 'bench_group', ContactItem: [contact] }],
    }));

    const bodies: Partial<Record<ApiPath, (i: number) => unknown>> = {
      'recentcontact/update_contact_group': () => ({
        From_Account: owner,
        UpdateType: 1,
        UpdateGroup: { UpdateGroupType: 2, OldGroupName: 'bench_group', ContactUpdateItem: [{ ContactOptType: 1, ContactItem: contact }] },
      }),
      'recentcontact/search_contact_group': () => ({ From_Account: owner, ContactItem: [contact] }),
      'recentcontact/mark_contact': (i) => ({ From_Account: owner, MarkItem: [{ OptType: 1, ContactItem: contact, SetMark: [i % 64] }] }),
    };
    for (const [api, body] of Object.entries(bodies) as [ApiPath, (i: number) => unknown][]) {
      rows.push(await timeEndpoint(api, calls, lanes, (i) => client.call(api, body(i)), transcript));
    }

    // del_contact_group needs a group per call: create them first (untimed), on enough users.
    const users = await importBenchUsers(client, Array.from({ length: Math.ceil(calls / GROUPS_PER_USER) }, (_, u) => `bench_del_${u}`));
    const groupOf = (i: number) => ({ user: users[Math.floor(i / GROUPS_PER_USER)] ?? owner, name: `del_${i % GROUPS_PER_USER}` });
    await runLanes(calls, lanes, async (i) => {
      const { user, name } = groupOf(i);
      await mustAnswer(client.call('recentcontact/create_contact_group', {
        From_Account: user,
        GroupContactItem: [{ GroupName: name, ContactItem: [contact] }],
      }));
    });
    rows.push(await timeEndpoint('recentcontact/del_contact_group', calls, lanes, (i) => {
      const { user, name } = groupOf(i);
      return client.call('recentcontact/del_contact_group', { From_Account: user, GroupName: [name] });
    }, transcript));
  } finally {
    client.close();
    await mock.close();
  }
  return {
    figure: 'throughput',
    title: `ChatClient + schema validation → embedded mock, limits off, ${lanes} in flight`,
    rows,
    notes: [],
  };
}

async function timeEndpoint(
  api: ApiPath,
  calls: number,
  lanes: number,
  call: (i: number) => Promise<CallOutcome>,
  transcript: Transcript,
): Promise<BenchRow> {
  transcript.clear();
  let failed = 0;
  const ms = await runLanes(calls, lanes, async (i) => {
    const outcome = await call(i);
    if (outcome.kind !== 'answered' || outcome.body.ErrorCode !== 0) failed++;
  });
  const schemaErrors = transcript.entries().filter((entry) => entry.schemaErrors.length > 0).length;
  return {
    label: api.slice(api.indexOf('/') + 1),
    value: Math.round((calls / ms) * 1000),
    unit: 'req/s',
    detail: `${calls} calls, not OK ${failed}, schema errors ${schemaErrors}`,
  };
}

async function mustAnswer(pending: Promise<CallOutcome>): Promise<void> {
  const outcome = await pending;
  if (outcome.kind !== 'answered' || outcome.body.ErrorCode !== 0) {
    throw new Error(`bench fixture failed: ${outcome.kind === 'answered' ? `ErrorCode ${outcome.body.ErrorCode} ${outcome.body.ErrorInfo}` : outcome.kind}`);
  }
}
