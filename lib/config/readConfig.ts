/**
 * Turns CHAT_* variables into a SuiteConfig. Pure: the caller passes the
 * environment (loadConfig.ts merges `.env` under process.env first).
 */
import { CONFIG_DEFAULTS } from './configDefaults';
import { EMBEDDED_DEFAULTS } from './embeddedDefaults';
import { REGION_DOMAINS, isRegion } from './regionDomains';
import { ConfigError } from './types';
import type { SuiteConfig, Target } from './types';

/** The result of reading the configuration. */
export type ConfigResult = { ok: true; config: SuiteConfig } | { ok: false; error: ConfigError };

type Env = Record<string, string | undefined>;

/** Reads a variable; empty or blank counts as unset (a `.env` line like `CHAT_REGION=`). */
function value(env: Env, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw === undefined || raw === '' ? undefined : raw;
}

/** Reads an integer variable within bounds, or its default. */
function integer(env: Env, name: string, options: { min: number; fallback: number; what: string }): number {
  const raw = value(env, name);
  if (raw === undefined) return options.fallback;
  if (!/^[+-]?\d+$/.test(raw) || !Number.isSafeInteger(Number(raw))) {
    throw new ConfigError(name, `expected ${options.what}, got "${raw}"`);
  }
  const parsed = Number(raw);
  if (parsed < options.min) throw new ConfigError(name, `expected ${options.what}, got ${parsed}`);
  return parsed;
}

/** Parses CHAT_TARGET_URL: http(s), no credentials, no query or fragment; trailing slash dropped. */
function targetUrl(raw: string): string {
  const name = 'CHAT_TARGET_URL';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, 'not a valid URL (expected e.g. https://console.tim.qq.com)');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(name, `expected an http:// or https:// URL, got ${url.protocol}//`);
  }
  // Why: credentials in the URL would end up in transcripts and reports; the UserSig is the only credential.
  if (url.username !== '' || url.password !== '') {
    throw new ConfigError(name, 'must not contain credentials (user:pass@); set CHAT_SECRET_KEY instead');
  }
  if (url.search !== '' || url.hash !== '') {
    throw new ConfigError(name, 'must not contain a query or fragment; the client adds sdkappid, identifier, usersig itself');
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

function target(env: Env): Target {
  const url = value(env, 'CHAT_TARGET_URL');
  const region = value(env, 'CHAT_REGION');
  if (url !== undefined && region !== undefined) {
    throw new ConfigError('CHAT_TARGET_URL', 'set either CHAT_TARGET_URL or CHAT_REGION, not both');
  }
  if (url !== undefined) return { kind: 'remote', baseUrl: targetUrl(url) };
  if (region !== undefined) {
    if (!isRegion(region)) {
      throw new ConfigError('CHAT_REGION', `unknown region "${region}" (expected one of ${Object.keys(REGION_DOMAINS).join(', ')})`);
    }
    // tencent-chat-api-notes.md §1.1: "HTTPS only".
    return { kind: 'remote', baseUrl: `https://${REGION_DOMAINS[region]}`, region };
  }
  return { kind: 'embedded' };
}

function readOrThrow(env: Env): SuiteConfig {
  const where = target(env);
  const embedded = where.kind === 'embedded';
  const sdkAppIdRaw = value(env, 'CHAT_SDKAPPID');
  if (sdkAppIdRaw === undefined && !embedded) throw new ConfigError('CHAT_SDKAPPID', 'required for a remote target');
  const sdkAppId = integer(env, 'CHAT_SDKAPPID', { min: 1, fallback: EMBEDDED_DEFAULTS.sdkAppId, what: 'a positive integer SDKAppID' });
  const admin = value(env, 'CHAT_ADMIN');
  if (admin === undefined && !embedded) throw new ConfigError('CHAT_ADMIN', 'required for a remote target (an App admin UserID)');
  // The secret is read untrimmed-of-nothing: value() trims whitespace only, which a console SecretKey never contains.
  const secretKey = value(env, 'CHAT_SECRET_KEY');
  if (secretKey === undefined && !embedded) throw new ConfigError('CHAT_SECRET_KEY', 'required for a remote target');
  const replayPath = value(env, 'CHAT_PATH');
  const replayCommands = value(env, 'CHAT_REPLAY_PATH');
  const corpusDir = value(env, 'CHAT_CORPUS_DIR');
  return {
    target: where,
    sdkAppId,
    admin: admin ?? EMBEDDED_DEFAULTS.admin,
    secretKey: secretKey ?? EMBEDDED_DEFAULTS.secretKey,
    rateLimit: integer(env, 'CHAT_RATE_LIMIT', { min: 0, fallback: CONFIG_DEFAULTS.rateLimit, what: 'an integer ≥ 0 (calls per second, 0 = off)' }),
    nameMaxBytes: integer(env, 'CHAT_NAME_MAX_BYTES', { min: 1, fallback: CONFIG_DEFAULTS.nameMaxBytes, what: 'a positive integer (bytes)' }),
    seed: integer(env, 'CHAT_SEED', { min: Number.MIN_SAFE_INTEGER, fallback: CONFIG_DEFAULTS.seed, what: 'an integer' }),
    runs: integer(env, 'CHAT_RUNS', { min: 1, fallback: CONFIG_DEFAULTS.runs, what: 'a positive integer' }),
    ...(replayPath !== undefined ? { replayPath } : {}),
    ...(replayCommands !== undefined ? { replayCommands } : {}),
    timeoutMs: integer(env, 'CHAT_TIMEOUT_MS', { min: 1, fallback: CONFIG_DEFAULTS.timeoutMs, what: 'a positive integer (milliseconds)' }),
    ...(corpusDir !== undefined ? { corpusDir } : {}),
  };
}

/**
 * Reads the suite configuration from `env`. Never throws: a problem comes back
 * as one ConfigError naming the variable, for the bin scripts to print with
 * formatConfigError.
 */
export function readConfig(env: Env): ConfigResult {
  try {
    return { ok: true, config: readOrThrow(env) };
  } catch (error) {
    if (error instanceof ConfigError) return { ok: false, error };
    throw error;
  }
}
