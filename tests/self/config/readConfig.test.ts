import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readConfig } from '../../../lib/config/readConfig';
import { formatConfigError } from '../../../lib/config/formatConfigError';
import { EMBEDDED_DEFAULTS } from '../../../lib/config/embeddedDefaults';
import { REGION_DOMAINS } from '../../../lib/config/regionDomains';

const REMOTE = { CHAT_SDKAPPID: '1400123456', CHAT_ADMIN: 'admin', CHAT_SECRET_KEY: 'canary-secret-0123' };

function errorOf(env: Record<string, string | undefined>): string {
  const result = readConfig(env);
  if (result.ok) throw new Error('expected a config error');
  return formatConfigError(result.error);
}

test.describe('readConfig', () => {
  test('targets the embedded mock with the embedded defaults when nothing is set', () => {
    const result = readConfig({});
    expect(result).toEqual({
      ok: true,
      config: {
        target: { kind: 'embedded' },
        sdkAppId: EMBEDDED_DEFAULTS.sdkAppId,
        admin: EMBEDDED_DEFAULTS.admin,
        secretKey: EMBEDDED_DEFAULTS.secretKey,
        rateLimit: 200,
        nameMaxBytes: 64,
        seed: 20261123,
        runs: 100,
        timeoutMs: 10000,
      },
    });
    expect(EMBEDDED_DEFAULTS.secretKey).toMatch(/^[0-9a-f]{64}$/);
  });

  test('reads the .env.example values as the embedded configuration', () => {
    const text = readFileSync(path.resolve(import.meta.dirname, '../../../.env.example'), 'utf8');
    const env: Record<string, string> = {};
    for (const line of text.split('\n')) {
      const match = /^([A-Z_]+)=(.*)$/.exec(line);
      if (match) env[match[1]!] = match[2]!;
    }
    expect(Object.keys(env).sort()).toEqual(
      ['CHAT_ADMIN', 'CHAT_CORPUS_DIR', 'CHAT_NAME_MAX_BYTES', 'CHAT_PATH', 'CHAT_RATE_LIMIT', 'CHAT_REGION', 'CHAT_REPLAY_PATH', 'CHAT_RUNS', 'CHAT_SDKAPPID', 'CHAT_SECRET_KEY', 'CHAT_SEED', 'CHAT_TARGET_URL', 'CHAT_TIMEOUT_MS'],
    );
    expect(readConfig(env)).toEqual(readConfig({}));
  });

  test('reads CHAT_CORPUS_DIR as given and leaves it unset when blank', () => {
    const set = readConfig({ CHAT_CORPUS_DIR: ' /tmp/rcc corpus ' });
    expect(set.ok && set.config.corpusDir).toBe('/tmp/rcc corpus');
    const blank = readConfig({ CHAT_CORPUS_DIR: '  ' });
    expect(blank.ok && 'corpusDir' in blank.config).toBe(false);
  });

  test('maps every region to its documented https domain', () => {
    for (const [region, domain] of Object.entries(REGION_DOMAINS)) {
      const result = readConfig({ ...REMOTE, CHAT_REGION: region });
      expect(result.ok && result.config.target).toEqual({ kind: 'remote', baseUrl: `https://${domain}`, region });
    }
    expect(REGION_DOMAINS.china).toBe('console.tim.qq.com');
    expect(REGION_DOMAINS.singapore).toBe('adminapisgp.im.qcloud.com');
  });

  test('reads CHAT_TARGET_URL and drops a trailing slash', () => {
    const result = readConfig({ ...REMOTE, CHAT_TARGET_URL: 'http://127.0.0.1:8080/proxy/' });
    expect(result.ok && result.config.target).toEqual({ kind: 'remote', baseUrl: 'http://127.0.0.1:8080/proxy' });
    expect(result.ok && result.config).toMatchObject({ sdkAppId: 1400123456, admin: 'admin', secretKey: 'canary-secret-0123' });
  });

  test('reads every numeric option and the replay path', () => {
    const result = readConfig({ CHAT_RATE_LIMIT: '0', CHAT_NAME_MAX_BYTES: '32', CHAT_SEED: '-7', CHAT_RUNS: '3', CHAT_PATH: '1:2:3', CHAT_REPLAY_PATH: 'AB:C', CHAT_TIMEOUT_MS: '500' });
    expect(result.ok && result.config).toMatchObject({ rateLimit: 0, nameMaxBytes: 32, seed: -7, runs: 3, replayPath: '1:2:3', replayCommands: 'AB:C', timeoutMs: 500 });
  });

  test('treats empty values as unset', () => {
    expect(readConfig({ CHAT_TARGET_URL: '', CHAT_REGION: ' ', CHAT_SEED: '' })).toEqual(readConfig({}));
  });

  test('rejects an unknown region, listing the valid ones', () => {
    expect(errorOf({ CHAT_REGION: 'mars' })).toBe(
      'config error: CHAT_REGION: unknown region "mars" (expected one of china, singapore, seoul, tokyo, frankfurt, silicon-valley, jakarta)',
    );
  });

  test('rejects both CHAT_TARGET_URL and CHAT_REGION', () => {
    expect(errorOf({ ...REMOTE, CHAT_TARGET_URL: 'https://example.test', CHAT_REGION: 'china' })).toMatch(/^config error: CHAT_TARGET_URL: .*not both/);
  });

  test('rejects a URL that is not http(s), not a URL, or has credentials', () => {
    expect(errorOf({ ...REMOTE, CHAT_TARGET_URL: 'ftp://example.test' })).toMatch(/^config error: CHAT_TARGET_URL: expected an http/);
    expect(errorOf({ ...REMOTE, CHAT_TARGET_URL: 'not a url' })).toMatch(/^config error: CHAT_TARGET_URL: not a valid URL/);
    const withCredentials = errorOf({ ...REMOTE, CHAT_TARGET_URL: 'https://bob:hunter2@example.test' });
    expect(withCredentials).toMatch(/^config error: CHAT_TARGET_URL: must not contain credentials/);
    expect(withCredentials).not.toContain('hunter2');
  });

  test('rejects a non-numeric or negative SDKAppID', () => {
    expect(errorOf({ CHAT_SDKAPPID: 'abc' })).toMatch(/^config error: CHAT_SDKAPPID: expected a positive integer SDKAppID, got "abc"$/);
    expect(errorOf({ CHAT_SDKAPPID: '-1' })).toMatch(/^config error: CHAT_SDKAPPID: /);
    expect(errorOf({ CHAT_SDKAPPID: '1.5' })).toMatch(/^config error: CHAT_SDKAPPID: /);
  });

  test('rejects a remote target without SDKAppID, admin or secret key, never printing the secret', () => {
    const { CHAT_SDKAPPID: _s, ...noAppId } = REMOTE;
    const { CHAT_ADMIN: _a, ...noAdmin } = REMOTE;
    const { CHAT_SECRET_KEY: _k, ...noKey } = REMOTE;
    expect(errorOf({ ...noAppId, CHAT_REGION: 'china' })).toMatch(/^config error: CHAT_SDKAPPID: required/);
    expect(errorOf({ ...noAdmin, CHAT_REGION: 'china' })).toMatch(/^config error: CHAT_ADMIN: required/);
    expect(errorOf({ ...noKey, CHAT_REGION: 'china' })).toMatch(/^config error: CHAT_SECRET_KEY: required/);
    expect(errorOf({ ...REMOTE, CHAT_REGION: 'mars' })).not.toContain(REMOTE.CHAT_SECRET_KEY);
  });

  test('rejects non-integer rate, name bytes, seed, runs and timeout', () => {
    for (const name of ['CHAT_RATE_LIMIT', 'CHAT_NAME_MAX_BYTES', 'CHAT_SEED', 'CHAT_RUNS', 'CHAT_TIMEOUT_MS']) {
      const message = errorOf({ [name]: '2.5' });
      expect(message).toMatch(new RegExp(`^config error: ${name}: expected .*, got "2\\.5"$`));
      expect(message).not.toContain('\n');
    }
    expect(errorOf({ CHAT_RATE_LIMIT: '-1' })).toMatch(/^config error: CHAT_RATE_LIMIT: /);
    expect(errorOf({ CHAT_RUNS: '0' })).toMatch(/^config error: CHAT_RUNS: /);
  });
});
