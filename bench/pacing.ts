/**
 * Figure `pacing`: how close the suite's client gets to the documented 200 calls/s per API
 * ("Maximum call frequency: 200 calls per second", tencent-chat-api-notes.md §1.3) against the
 * mock with its own limit on, without ever being answered a frequency-limit code — alone, and
 * with 2 and 4 worker processes sharing the budget (RCC_WORKERS) as Playwright workers do.
 */
import { embeddedMockClient } from '../lib/client/embeddedMockClient';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { bucketShape } from '../lib/client/Pacer';
import { CONFIG_DEFAULTS } from '../lib/config/configDefaults';
import { startMockServer } from '../mock/startMockServer';
import type { BenchFigure, BenchRow } from './BenchFigure';
import { importBenchUsers } from './harness/benchUser';
import { childEnv } from './harness/childEnv';
import type { PaceFlatOutOptions, PaceResult } from './harness/paceFlatOut';
import { PROJECT_ROOT } from './harness/runConformance';

export interface PacingOptions {
  /** Length of each run. @defaultValue 30 */
  seconds?: number;
  /** Worker-process counts to try. @defaultValue [1, 2, 4] */
  workerCounts?: number[];
}

/** Head start for the worker processes to boot (tsx start-up) before they all begin together. */
const BOOT_MS = 6000;

/** Measures the `pacing` figure: per worker count, achieved rate / cap and frequency-limit answers. */
export async function measurePacing(options: PacingOptions = {}): Promise<BenchFigure> {
  const seconds = options.seconds ?? 30;
  const cap = CONFIG_DEFAULTS.rateLimit;
  const mock = await startMockServer({ rateLimit: cap });
  const rows: BenchRow[] = [];
  const notes: string[] = [];
  try {
    for (const workers of options.workerCounts ?? [1, 2, 4]) {
      // A fresh state and full buckets for each run, then its fixture user.
      mock.reset();
      const setup = embeddedMockClient(mock.url);
      const [userId = ''] = await importBenchUsers(setup, ['bench_pacer']);
      setup.close();
      const job: PaceFlatOutOptions = { baseUrl: mock.url, userId, seconds, startAt: Date.now() + BOOT_MS };
      const results = await Promise.all(Array.from({ length: workers }, () => runWorker(job, workers, seconds)));
      const ok = results.reduce((sum, r) => sum + r.ok, 0);
      const limited = results.reduce((sum, r) => sum + r.limited, 0);
      const other = results.reduce((sum, r) => sum + r.other, 0);
      const elapsed = Math.max(...results.map((r) => r.elapsedMs)) / 1000;
      const late = Math.max(...results.map((r) => r.lateMs));
      if (late > 0) notes.push(`${workers} worker(s): a worker started ${Math.round(late)} ms late; its share of the window is shorter`);
      rows.push({
        label: `${workers} worker${workers > 1 ? 's' : ''}: achieved / cap`,
        value: Math.round((ok / elapsed / cap) * 1000) / 10,
        unit: '%',
        aim: '≥ 98%',
        detail: `${Math.round(ok / elapsed)}/s of ${cap}/s over ${elapsed.toFixed(1)} s`,
      });
      // What the client's bucket allows at most when run flat out, to read the achieved rate against.
      const shape = bucketShape(cap, workers);
      const ceiling = shape.refillPerSecond * workers;
      notes.push(
        `${workers} worker(s): client bucket per worker refills ${shape.refillPerSecond}/s with burst ${shape.capacity} (lib/client/Pacer.ts bucketShape): ` +
          `steady ceiling ${ceiling}/s = ${Math.round((ceiling / cap) * 1000) / 10}% of the cap`,
      );
      rows.push({ label: `${workers} worker${workers > 1 ? 's' : ''}: frequency-limit answers`, value: limited, unit: 'answers', aim: '0', detail: `other failures ${other}` });
    }
  } finally {
    await mock.close();
  }
  return { figure: 'pacing', title: `client pacing at ${cap}/s per API vs the mock's own ${cap}/s limit, ${seconds} s runs`, rows, notes };
}

/** Runs one pacing worker process and reads its JSON line; bounded by a kill timeout. */
function runWorker(job: PaceFlatOutOptions, workers: number, seconds: number): Promise<PaceResult> {
  const tsx = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
  const child = spawn(tsx, ['bench/pacingWorker.ts'], {
    cwd: PROJECT_ROOT,
    env: childEnv({ RCC_WORKERS: String(workers), BENCH_PACING_JOB: JSON.stringify(job) }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), BOOT_MS + seconds * 1000 + 30_000);
  return new Promise((resolve, reject) => {
    child.on('close', (code) => {
      clearTimeout(timer);
      const line = stdout.trim().split('\n').pop() ?? '';
      try {
        resolve(JSON.parse(line) as PaceResult);
      } catch {
        reject(new Error(`pacing worker exited ${code}: ${stderr.trim().split('\n')[0] ?? 'no output'}`));
      }
    });
  });
}
