/**
 * Figure `scale`: the reference mock's write rate as its user count grows, and what each user
 * costs in memory. mark_contact spread over every imported user, 32 keep-alive connections of raw
 * pre-signed requests, rate limit off, with 1k, 10k and 100k users imported (multiaccount_import,
 * 100 a call). One mock process per user count (bench/harness/startMockWorker.ts), and the write
 * load goes to them in turns, a slice each, so a machine that gets busier during the run slows
 * every count alike instead of bending the curve.
 *
 * Aim (issue 12): at 100k users at least 80 % of the 1k-user rate, and at least 5,000 writes/s.
 * Memory is each mock's heap (after a forced GC) and RSS growth across its import, so the marks
 * the write load leaves are not in it; the largest count gives the per-10k figure.
 */
import { EMBEDDED_DEFAULTS } from '../lib/config/embeddedDefaults';
import { embeddedMockClient } from '../lib/client/embeddedMockClient';
import { Transcript } from '../lib/client/Transcript';
import { signUserSig } from '../lib/usersig/signUserSig';
import type { BenchFigure, BenchRow } from './BenchFigure';
import { generateLoad } from './harness/generateLoad';
import { importScaleUsers } from './harness/importScaleUsers';
import { startMockWorker, type MockProbe, type MockWorker } from './harness/startMockWorker';

export interface MockScaleOptions {
  /** User counts; one write-rate row each. @defaultValue [1000, 10000, 100000] */
  users?: readonly number[];
  /** Measured seconds of writes per user count, in five slices (after a warm-up slice). @defaultValue 5 */
  seconds?: number;
  /** Requests in flight, each on its own keep-alive connection. @defaultValue 32 */
  lanes?: number;
}

export const SCALE_AIM_WRITES_PER_SECOND = 5000;
export const SCALE_AIM_KEPT_RATE = 0.8;
const SLICES = 5;
const MB = 1024 * 1024;

interface Level {
  users: number;
  mock: MockWorker;
  importMs: number;
  grown: { heap: number; rss: number; gcForced: boolean };
  completed: number;
  failed: number;
  elapsedMs: number;
}

/** Measures the `scale` figure. */
export async function measureMockScale(options: MockScaleOptions = {}): Promise<BenchFigure> {
  const counts = [...new Set(options.users ?? [1000, 10_000, 100_000])].sort((a, b) => a - b);
  const seconds = options.seconds ?? 5;
  const lanes = options.lanes ?? 32;
  const { sdkAppId, admin, secretKey } = EMBEDDED_DEFAULTS;
  // One signature for the whole run, as a gateway-side cache would see it (signing is the client's cost).
  const usersig = signUserSig({ sdkAppId, secretKey, identifier: admin, expireSeconds: 86_400, now: Date.now() / 1000 });
  const query = `sdkappid=${sdkAppId}&identifier=${admin}&usersig=${encodeURIComponent(usersig)}&random=42&contenttype=json`;
  const userId = (n: number) => `bench_scale_${n}`;
  const levels: Level[] = [];
  try {
    for (const users of counts) {
      const mock = await startMockWorker({ rateLimit: 0 });
      const level: Level = { users, mock, importMs: 0, grown: { heap: 0, rss: 0, gcForced: false }, completed: 0, failed: 0, elapsedMs: 0 };
      levels.push(level);
      const client = embeddedMockClient(mock.url, { transcript: new Transcript({ maxEntries: 100 }) });
      try {
        const before = await mock.probe();
        const started = performance.now();
        await importScaleUsers(client, Array.from({ length: users }, (_, n) => userId(n)));
        level.importMs = performance.now() - started;
        level.grown = growth(before, await mock.probe());
      } finally {
        client.close();
      }
    }
    for (let slice = -1; slice < SLICES; slice++) {
      // Each slice starts with another count, so no count is always the one loaded first.
      const turn = levels.map((_, k) => levels[(k + Math.max(0, slice)) % levels.length]!);
      for (const level of turn) {
        const load = await generateLoad({
          url: `${level.mock.url}/v4/recentcontact/mark_contact?${query}`,
          lanes,
          // A prime stride spreads consecutive writes over every imported user.
          body: (i) => JSON.stringify({ From_Account: userId((i * 7919) % level.users), MarkItem: [{ OptType: 1, ContactItem: { Type: 1, To_Account: 'bench_scale_peer' }, SetMark: [i % 64] }] }),
          seconds: Math.max(0.2, seconds / SLICES),
        });
        if (slice < 0) continue; // warm-up slice: JIT and sockets, not counted
        level.completed += load.completed;
        level.failed += load.failed;
        level.elapsedMs += load.elapsedMs;
      }
    }
  } finally {
    await Promise.all(levels.map((level) => level.mock.stop()));
  }
  return {
    figure: 'scale',
    title: `mock mark_contact over ${counts.map((n) => n.toLocaleString('en-US')).join(' / ')} users (one mock each, loaded in turns), ${lanes} keep-alive connections, rate limit off, ${seconds} s each`,
    rows: rowsOf(levels),
    notes: [],
  };
}

function growth(before: MockProbe, after: MockProbe): Level['grown'] {
  return { heap: after.heapUsed - before.heapUsed, rss: after.rss - before.rss, gcForced: after.gcForced };
}

function rowsOf(levels: readonly Level[]): BenchRow[] {
  const rate = (level: Level) => Math.round((level.completed / level.elapsedMs) * 1000);
  const rows: BenchRow[] = levels.map((level, index) => ({
    label: `mark_contact, ${level.users.toLocaleString('en-US')} users`,
    value: rate(level),
    unit: 'writes/s',
    ...(index === levels.length - 1 ? { aim: `≥ ${SCALE_AIM_WRITES_PER_SECOND}` } : {}),
    detail: `${level.completed} writes, not OK ${level.failed}, import ${Math.round(level.importMs)} ms`,
  }));
  const first = levels[0];
  const last = levels.at(-1);
  if (first === undefined || last === undefined) return rows;
  if (levels.length > 1) {
    rows.push({
      label: `rate at ${last.users.toLocaleString('en-US')} vs ${first.users.toLocaleString('en-US')} users`,
      value: rate(first) > 0 ? Math.round((rate(last) / rate(first)) * 100) : Number.NaN,
      unit: '%',
      aim: `≥ ${SCALE_AIM_KEPT_RATE * 100} %`,
    });
  }
  const per10k = (bytes: number) => Math.round((bytes / MB / (last.users / 10_000)) * 10) / 10;
  const over = `growth over the import of ${last.users.toLocaleString('en-US')} users`;
  rows.push({ label: 'heap per 10k users', value: per10k(last.grown.heap), unit: 'MB', detail: `${over}, after a ${last.grown.gcForced ? 'forced' : 'NOT forced'} GC` });
  rows.push({ label: 'RSS per 10k users', value: per10k(last.grown.rss), unit: 'MB', detail: over });
  return rows;
}
