/**
 * Figure `throughput`: schema-validated calls per second through the suite's own ChatClient, with
 * its redacted transcript on (both are part of the product), against the reference mock in its
 * own process (bench/harness/startMockWorker.ts), for each endpoint under test at 1, 8 and 32
 * calls in flight. Both limits are off (mock rateLimit 0, client rateLimit 0) so the figure is the
 * client + validator + transcript + mock cost, not the pacing. Each row also gives the CPU time
 * per call of the client and of the mock, which says which side a slow figure comes from.
 * Timing starts after start-up and a warm-up (tsx transpiling, Ajv compiling, JIT), never before.
 */
import type { ApiPath } from '../lib/apis';
import { embeddedMockClient } from '../lib/client/embeddedMockClient';
import { Transcript } from '../lib/client/Transcript';
import type { CallOutcome } from '../lib/client/types';
import { createSchemaValidator } from '../lib/spec/createSchemaValidator';
import type { BenchFigure, BenchRow } from './BenchFigure';
import { importBenchUsers } from './harness/benchUser';
import { runLanes } from './harness/runLanes';
import { startMockWorker, type MockWorker } from './harness/startMockWorker';

export interface ThroughputOptions {
  /** Timed calls per endpoint and per in-flight setting (npm run bench passes 10,000: a shorter window is mostly JIT and GC). @defaultValue 2000 */
  calls?: number;
  /** Calls in flight, one row each. @defaultValue [1, 8, 32] */
  lanes?: readonly number[];
}

/** The in-flight setting the aim is for (issue 12: "at least 5,000 schema-validated calls/s with 8 in flight"). */
export const AIM_LANES = 8;
export const AIM_CALLS_PER_SECOND = 5000;

/** Each conversation-group user may own at most 20 groups (update_contact_group.page.txt: "Each user can create up to 20 conversation groups"). */
const GROUPS_PER_USER = 20;

/** Measures the `throughput` figure: one row per endpoint under test and in-flight setting. */
export async function measureThroughput(options: ThroughputOptions = {}): Promise<BenchFigure> {
  const calls = options.calls ?? 2000;
  const lanesList = options.lanes ?? [1, AIM_LANES, 32];
  const mock = await startMockWorker({ rateLimit: 0 });
  const transcript = new Transcript();
  // As many sockets as calls in flight: the curve measures the client, not a queue in its agent.
  const client = embeddedMockClient(mock.url, { validator: createSchemaValidator({}), transcript, maxSockets: Math.max(...lanesList) });
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
      // Warm-up, untimed: Ajv compiles each schema on first use, and both processes' JIT needs a few
      // thousand calls; a short timed window on a cold mock measured half the steady rate.
      await runLanes(Math.min(calls, 3000), AIM_LANES, async (i) => void (await client.call(api, body(i))));
      for (const lanes of lanesList) rows.push(await timeEndpoint({ api, calls, lanes, call: (i) => client.call(api, body(i)), transcript, mock }));
    }

    // del_contact_group needs a group per call: create them first (untimed), on enough users.
    for (const lanes of lanesList) {
      const users = await importBenchUsers(client, Array.from({ length: Math.ceil(calls / GROUPS_PER_USER) }, (_, u) => `bench_del_${lanes}_${u}`));
      const groupOf = (i: number) => ({ user: users[Math.floor(i / GROUPS_PER_USER)] ?? owner, name: `del_${i % GROUPS_PER_USER}` });
      await runLanes(calls, AIM_LANES, async (i) => {
        const { user, name } = groupOf(i);
        await mustAnswer(client.call('recentcontact/create_contact_group', { From_Account: user, GroupContactItem: [{ GroupName: name, ContactItem: [contact] }] }));
      });
      rows.push(await timeEndpoint({
        api: 'recentcontact/del_contact_group',
        calls,
        lanes,
        call: (i) => {
          const { user, name } = groupOf(i);
          return client.call('recentcontact/del_contact_group', { From_Account: user, GroupName: [name] });
        },
        transcript,
        mock,
      }));
    }
  } finally {
    client.close();
    await mock.stop();
  }
  return {
    figure: 'throughput',
    title: `ChatClient + schema validation + redacted transcript → mock process, limits off, ${lanesList.join('/')} in flight`,
    rows,
    notes: [],
  };
}

interface TimedEndpoint {
  api: ApiPath;
  calls: number;
  lanes: number;
  call: (i: number) => Promise<CallOutcome>;
  transcript: Transcript;
  mock: MockWorker;
}

async function timeEndpoint({ api, calls, lanes, call, transcript, mock }: TimedEndpoint): Promise<BenchRow> {
  transcript.clear();
  let failed = 0;
  const mockBefore = await mock.probe();
  const clientBefore = process.cpuUsage();
  const ms = await runLanes(calls, lanes, async (i) => {
    const outcome = await call(i);
    if (outcome.kind !== 'answered' || outcome.body.ErrorCode !== 0) failed++;
  });
  const clientCpu = process.cpuUsage(clientBefore);
  const mockCpu = (await mock.probe()).cpuMicros - mockBefore.cpuMicros;
  const schemaErrors = transcript.entries().filter((entry) => entry.schemaErrors.length > 0).length;
  const perCall = (micros: number) => Math.round(micros / calls);
  return {
    label: `${api.slice(api.indexOf('/') + 1)}, ${lanes} in flight`,
    value: Math.round((calls / ms) * 1000),
    unit: 'calls/s',
    ...(lanes === AIM_LANES ? { aim: `≥ ${AIM_CALLS_PER_SECOND}` } : {}),
    detail: `${calls} calls, not OK ${failed}, schema errors ${schemaErrors}, CPU per call: client ${perCall(clientCpu.user + clientCpu.system)} µs, mock ${perCall(mockCpu)} µs`,
  };
}

async function mustAnswer(pending: Promise<CallOutcome>): Promise<void> {
  const outcome = await pending;
  if (outcome.kind !== 'answered' || outcome.body.ErrorCode !== 0) {
    throw new Error(`bench fixture failed: ${outcome.kind === 'answered' ? `ErrorCode ${outcome.body.ErrorCode} ${outcome.body.ErrorInfo}` : outcome.kind}`);
  }
}
