/**
 * The child side of startMockWorker.ts: runs the reference mock (startMockServer) in its own
 * process and answers probes of its CPU time and memory over the IPC channel, so a benchmark can
 * load the mock without sharing a core with it, and still see what the mock spent.
 *
 * Started by startMockWorker with `--expose-gc`, so a probe measures live memory, not garbage.
 * argv[2]: the MockOptions as JSON (loopback only: startMockServer's default host).
 */
import type { MockOptions } from '../../mock/MockOptions';
import { startMockServer } from '../../mock/startMockServer';
import type { MockProbe, WorkerMessage } from './startMockWorker';

const send = (message: WorkerMessage) => process.send?.(message);

try {
  const options = JSON.parse(process.argv[2] ?? '{}') as MockOptions;
  const mock = await startMockServer({ ...options, port: 0 });
  process.on('message', (message: unknown) => {
    if (message !== 'probe') return;
    // CPU first: the forced collection below is the probe's own cost, not the mock's.
    const cpu = process.cpuUsage();
    const collect = (globalThis as { gc?: () => void }).gc;
    collect?.();
    const memory = process.memoryUsage();
    const probe: MockProbe = { cpuMicros: cpu.user + cpu.system, heapUsed: memory.heapUsed, rss: memory.rss, gcForced: collect !== undefined };
    send({ kind: 'probe', probe });
  });
  // The parent going away (or closing the channel) ends the worker: no orphan mock.
  process.on('disconnect', () => void mock.close().then(() => process.exit(0)));
  send({ kind: 'listening', url: mock.url });
} catch (error) {
  send({ kind: 'failed', reason: error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error) });
  process.exit(1);
}
