import { spawn } from 'node:child_process';
import type { MockOptions } from '../../mock/MockOptions';
import { childEnv } from './childEnv';
import { PROJECT_ROOT } from './runConformance';

/** What the mock process has spent so far. */
export interface MockProbe {
  /** User + system CPU time of the mock process since it started, µs, read before the forced GC. */
  cpuMicros: number;
  /** After a forced full GC when `gcForced`. */
  heapUsed: number;
  rss: number;
  gcForced: boolean;
}

/** Messages from mockWorker.ts. */
export type WorkerMessage = { kind: 'listening'; url: string } | { kind: 'probe'; probe: MockProbe } | { kind: 'failed'; reason: string };

export interface MockWorker {
  url: string;
  /** The mock's CPU time and memory now (one IPC round trip). */
  probe(): Promise<MockProbe>;
  /** Stops the mock (closes the IPC channel, SIGKILL after 3 s). */
  stop(): Promise<void>;
}

/**
 * Starts the reference mock in its own Node process (bench/harness/mockWorker.ts) on a free
 * loopback port, so that a load generator or client in this process does not share a core with
 * it. Unlike startMockProcess (the CLI), it can be probed for CPU time and memory.
 * `node --import tsx` directly, not the tsx CLI, so there is no wrapper process between us.
 */
export function startMockWorker(options: MockOptions = {}): Promise<MockWorker> {
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/harness/mockWorker.ts', JSON.stringify(options)], {
    cwd: PROJECT_ROOT,
    env: childEnv({}),
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  // 'exit', not 'close': a grandchild (tsx's esbuild service) may hold stderr open after the worker is gone.
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const waiting: { answer: (probe: MockProbe) => void; fail: (error: Error) => void }[] = [];
  // A worker that dies fails every probe still waiting, instead of leaving it pending for ever.
  void exited.then(() => {
    for (const pending of waiting.splice(0)) pending.fail(new Error('mock worker exited'));
  });
  const stop = async () => {
    const hard = setTimeout(() => child.kill('SIGKILL'), 3000);
    if (child.connected) child.disconnect();
    await exited;
    clearTimeout(hard);
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error('mock worker did not start within 20 s'));
    }, 20_000);
    child.on('message', (message: WorkerMessage) => {
      if (message.kind === 'probe') waiting.shift()?.answer(message.probe);
      else if (message.kind === 'failed') {
        clearTimeout(timer);
        reject(new Error(`mock worker: ${message.reason}`));
      } else {
        clearTimeout(timer);
        resolve({
          url: message.url,
          probe: () =>
            new Promise<MockProbe>((answer, fail) => {
              if (!child.connected) return fail(new Error('mock worker is gone'));
              waiting.push({ answer, fail });
              child.send('probe');
            }),
          stop,
        });
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`mock worker exited before listening: ${stderr.trim().split('\n')[0] ?? ''}`));
    });
  });
}
