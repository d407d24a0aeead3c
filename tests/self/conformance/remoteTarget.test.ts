/**
 * The suite against a target it did not start, as QA runs it against staging: here the
 * reference mock on loopback, reached only through CHAT_TARGET_URL and signed with the
 * given credentials. Proves the remote paths work end to end, including the cleanup that
 * must leave the target as it found it.
 */
import { test, expect } from '@playwright/test';
import type { RunningMock } from '../../../mock/MockOptions';
import { startMockServer } from '../../../mock/startMockServer';
import { runConformance } from './runConformance';

const CREDENTIALS = { sdkAppId: 1400000077, admin: 'qa_admin', secretKey: 'e7'.repeat(32) };

test.describe('npm run conformance against a remote target', () => {
  test.setTimeout(180_000);
  let mock: RunningMock;
  test.beforeAll(async () => {
    mock = await startMockServer({ ...CREDENTIALS });
  });
  test.afterAll(async () => {
    await mock.close();
  });

  test('passes, names the target by host only, and cleans up every user and chat group it created', async () => {
    const run = await runConformance({
      env: {
        CHAT_TARGET_URL: mock.url,
        CHAT_SDKAPPID: String(CREDENTIALS.sdkAppId),
        CHAT_ADMIN: CREDENTIALS.admin,
        CHAT_SECRET_KEY: CREDENTIALS.secretKey,
      },
    });
    expect(run.code, run.summary?.rules.filter((r) => r.status === 'failed').map((r) => `${r.id}: ${r.detail}`).join('\n') ?? run.stderr).toBe(0);
    expect(run.summary?.verdict).toBe('pass');
    expect(run.summary?.target).toBe(new URL(mock.url).host);
    expect(run.summary?.cleanupFailures).toEqual([]);
    const state = mock.state();
    const leftUsers = [...state.users.keys()].filter((id) => id.startsWith('rcc_'));
    expect(leftUsers, 'accounts left behind').toEqual([]);
    expect([...state.chatGroups.keys()], 'chat groups left behind').toEqual([]);
    expect(mock.stats().requests).toBeGreaterThan(1000);
  });
});

test.describe('CHAT_NAME_MAX_BYTES against an older deployment with a 32-byte group-name limit', () => {
  let mock: RunningMock;
  const env = () => ({ CHAT_TARGET_URL: mock.url, CHAT_SDKAPPID: String(CREDENTIALS.sdkAppId), CHAT_ADMIN: CREDENTIALS.admin, CHAT_SECRET_KEY: CREDENTIALS.secretKey });
  test.beforeAll(async () => {
    mock = await startMockServer({ ...CREDENTIALS, nameMaxBytes: 32 });
  });
  test.afterAll(async () => {
    await mock.close();
  });

  test('passes the limit rules when the setting says 32', async () => {
    const run = await runConformance({ env: { ...env(), CHAT_NAME_MAX_BYTES: '32' }, args: ['--grep', '@limits'] });
    expect(run.code, run.stderr).toBe(0);
    expect(run.summary?.rules.find((r) => r.id === 'update.rename.name-too-long.51011')?.status).toBe('passed');
  });

  test('fails the name-at-limit rule when the setting says 64, as the current docs do', async () => {
    const run = await runConformance({ env: env(), args: ['--grep', '@limits'] });
    expect(run.code).toBe(1);
    expect(run.summary?.rules.filter((r) => r.status === 'failed').map((r) => r.id)).toContain('update.rename.name-at-limit');
  });
});
