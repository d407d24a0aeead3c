import { spawn } from 'node:child_process';
import path from 'node:path';
import { childEnv } from './childEnv';
import { PROJECT_ROOT } from './runConformance';

export interface MockProcess {
  url: string;
  /** Stops the mock (SIGTERM, then SIGKILL after 3 s). */
  stop(): Promise<void>;
}

/**
 * Starts `npm run mock` (mock/cli.ts) as its own process on a free loopback port, so that a load
 * generator in this process does not share a core with it. Resolves on its `listening <url>` line.
 */
export function startMockProcess(args: readonly string[] = []): Promise<MockProcess> {
  const tsx = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
  const child = spawn(tsx, ['mock/cli.ts', '--port', '0', ...args], {
    cwd: PROJECT_ROOT,
    env: childEnv({}),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
  const stop = async () => {
    const hard = setTimeout(() => child.kill('SIGKILL'), 3000);
    child.kill('SIGTERM');
    await exited;
    clearTimeout(hard);
  };
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      void stop();
      reject(new Error('mock did not print its listening line within 20 s'));
    }, 20_000);
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const match = /listening (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ url: match[1], stop });
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`mock exited before listening: ${stderr.trim().split('\n')[0] ?? ''}`));
    });
  });
}
