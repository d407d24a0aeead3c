import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ChaosChoices } from '../../../mock/ChaosChoices';
import { FAULT_NAMES } from '../../../mock/faults/index';
import { APP } from './mockHarness';

const root = path.resolve(import.meta.dirname, '../../..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

/** Starts a command, waits for the `listening` line, returns the URL and the child. */
async function startServing(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let out = '';
  let err = '';
  child.stderr.on('data', (chunk) => (err += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no listening line; stderr: ${err.slice(0, 300)}`)), 30_000);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /^listening (http:\/\/127\.0\.0\.1:\d+)$/m.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.on('exit', () => reject(new Error(`exited early; stderr: ${err.slice(0, 300)}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, url, exited, output: () => out };
}

async function unknownPath(url: string) {
  const response = await fetch(`${url}/v4/nope/nope`, { method: 'POST', body: '{}' });
  return (await response.json()) as { ErrorCode: number };
}

test('npm run mock -- --port 0 prints the listening line and answers', async () => {
  const served = await startServing('npm', ['run', 'mock', '--', '--port', '0']);
  try {
    expect((await unknownPath(served.url)).ErrorCode).toBe(60009);
  } finally {
    process.kill(-served.child.pid!, 'SIGTERM'); // npm, its shell, tsx and the mock: one process group we started
    await served.exited;
  }
  await expect(fetch(served.url)).rejects.toThrow();
});

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  test(`the mock CLI exits 0 on ${signal}`, async () => {
    const served = await startServing(tsx, ['mock/cli.ts', '--port', '0', '--secret-key', 'cli-secret-value']);
    expect((await unknownPath(served.url)).ErrorCode).toBe(60009);
    served.child.kill(signal);
    expect(await served.exited).toBe(0);
    expect(served.output()).not.toContain('cli-secret-value');
  });
}

test('--preset chaos prints the drawn fixed choices (seed from CHAT_SEED) and --flaky cuts requests as asked', async () => {
  const served = await startServing(tsx, ['mock/cli.ts', '--port', '0', '--preset', 'chaos', '--flaky', 'reset=1'], { ...process.env, CHAT_SEED: '7' });
  try {
    const chaos = /^chaos: fixed choices (\{.*\}) \(seed 7\)$/m.exec(served.output());
    expect(chaos, served.output()).not.toBeNull();
    expect(JSON.parse(chaos![1]!)).toEqual(new ChaosChoices(7).fixedChoices());
    expect(served.output()).toMatch(/^flaky: reset 1, 502 0 \(half after the mock applied the request\), lost 0, seed 7$/m);
    await expect(fetch(`${served.url}/v4/nope/nope`, { method: 'POST', body: '{}' })).rejects.toThrow();
  } finally {
    served.child.kill('SIGTERM');
    await served.exited;
  }
});

test('--list-faults prints every fault with the rule it breaks', () => {
  const result = spawnSync(tsx, ['mock/cli.ts', '--list-faults'], { cwd: root, encoding: 'utf8' });
  expect(result.status).toBe(0);
  const lines = result.stdout.trim().split('\n');
  expect(lines.map((line) => line.split('  — ')[0])).toEqual([...FAULT_NAMES]);
  for (const line of lines) expect(line).toMatch(/^\S+ {2}— breaks: .+ {2}— .+$/);
});

for (const [name, args] of [
  ['an unknown flag', ['--bogus']],
  ['a non-integer port', ['--port', 'abc']],
  ['an unknown fault', ['--fault', 'no-such-fault']],
  ['a bad --inject', ['--inject', '50004:2']],
  ['a bad --edition', ['--edition', 'gold', '--secret-key', APP.secretKey]],
  ['an unknown --preset', ['--preset', 'wild']],
  ['--chaos-seed without --preset chaos', ['--chaos-seed', '3']],
  ['a bad --flaky', ['--flaky', 'reset=0.6,502=0.6']],
  ['--flaky-seed without --flaky', ['--flaky-seed', '3']],
] as const) {
  test(`exits 2 with one line and no stack on ${name}`, () => {
    const result = spawnSync(tsx, ['mock/cli.ts', ...args], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stderr).not.toContain(APP.secretKey);
  });
}

test('--help prints the usage and exits 0', () => {
  const result = spawnSync(tsx, ['mock/cli.ts', '--help'], { cwd: root, encoding: 'utf8' });
  expect(result.status).toBe(0);
  expect(result.stdout).toContain('--fault NAME');
  for (const flag of ['--chaos-seed N', '--flaky SPEC', '--flaky-seed N']) expect(result.stdout).toContain(flag);
  expect(result.stdout).toMatch(/default \| alternative .*\| chaos/);
  expect(result.stdout).toMatch(/502 .*AFTER the mock/);
});
