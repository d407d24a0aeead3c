/**
 * Fills in the defaults of MockOptions and checks them, so a bad option is one
 * clear line (MockOptionsError) before any socket is opened.
 */
import { EMBEDDED_DEFAULTS } from '../lib/config/embeddedDefaults';
import { ALTERNATIVE_CONFIG, DEFAULT_CONFIG } from '../lib/model/defaults';
import { faultsByName } from './faults/index';
import type { FlakySettings } from './http/FlakyNetwork';
import type { MockOptions } from './MockOptions';
import { MockOptionsError } from './MockOptionsError';
import type { MockSettings } from './MockSettings';

/** 1 MiB: far above any valid call (100 items of ≤ 256-byte marks) and small enough to refuse floods. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** The documented per-API frequency (notes §1.3: "Maximum call frequency: 200 calls per second"). */
export const DEFAULT_RATE_LIMIT = 200;

function isWholeNumber(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** Resolves options or answers the first problem found. */
export function resolveMockSettings(options: MockOptions = {}): { ok: true; settings: MockSettings } | { ok: false; error: MockOptionsError } {
  const fail = (option: string, message: string) => ({ ok: false as const, error: new MockOptionsError(option, message) });
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? 0;
  if (!isWholeNumber(port, 0, 65535)) return fail('port', 'must be an integer 0..65535');
  const sdkAppId = options.sdkAppId ?? EMBEDDED_DEFAULTS.sdkAppId;
  if (!isWholeNumber(sdkAppId, 1, Number.MAX_SAFE_INTEGER)) return fail('sdkAppId', 'must be a positive integer');
  const admin = options.admin ?? EMBEDDED_DEFAULTS.admin;
  if (typeof admin !== 'string' || admin.length === 0) return fail('admin', 'must be a non-empty string');
  const secretKey = options.secretKey ?? EMBEDDED_DEFAULTS.secretKey;
  // The message never repeats the key itself.
  if (typeof secretKey !== 'string' || secretKey.length === 0) return fail('secretKey', 'must be a non-empty string');
  const preset = options.preset ?? 'default';
  if (preset !== 'default' && preset !== 'alternative' && preset !== 'chaos') return fail('preset', "must be 'default', 'alternative' or 'chaos'");
  // chaos replaces the choices on every request, so a config's choices would be silently ignored.
  if (preset === 'chaos' && options.config !== undefined) return fail('preset', "'chaos' draws the choices itself: pass no config (nameMaxBytes sets the name limit)");
  if (preset !== 'chaos' && options.chaosSeed !== undefined) return fail('chaosSeed', "only with preset 'chaos'");
  const chaosSeed = preset === 'chaos' ? (options.chaosSeed ?? 1) : undefined;
  if (chaosSeed !== undefined && !Number.isSafeInteger(chaosSeed)) return fail('chaosSeed', 'must be an integer');
  let config = options.config ?? (preset === 'alternative' ? ALTERNATIVE_CONFIG : DEFAULT_CONFIG);
  if (options.nameMaxBytes !== undefined) {
    if (!isWholeNumber(options.nameMaxBytes, 1, 1_000_000)) return fail('nameMaxBytes', 'must be a positive integer');
    config = { limits: { ...config.limits, nameMaxBytes: options.nameMaxBytes }, choices: config.choices };
  }
  const rateLimit = options.rateLimit ?? DEFAULT_RATE_LIMIT;
  if (!isWholeNumber(rateLimit, 0, 1_000_000_000)) return fail('rateLimit', 'must be an integer ≥ 0 (0 = off)');
  const rateLimitCode = options.rateLimitCode ?? 60007;
  if (!isWholeNumber(rateLimitCode, 1, 99_999)) return fail('rateLimitCode', 'must be an error code such as 60007');
  const edition = options.edition ?? 'pro';
  if (edition !== 'pro' && edition !== 'basic') return fail('edition', "must be 'pro' or 'basic'");
  const inject = options.inject ?? [];
  for (const entry of inject) {
    if (entry.code !== 50004 && entry.code !== 50005) return fail('inject', 'code must be 50004 or 50005');
    if (typeof entry.rate !== 'number' || !(entry.rate >= 0 && entry.rate <= 1)) return fail('inject', 'rate must be a number 0..1');
  }
  const faults = faultsByName(options.faults ?? []);
  if (!faults.ok) return fail('fault', faults.error);
  const clock = options.clock ?? Date.now;
  if (typeof clock !== 'function') return fail('clock', 'must be a function returning ms');
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  if (!isWholeNumber(maxBodyBytes, 2, 1024 * 1024 * 1024)) return fail('maxBodyBytes', 'must be an integer ≥ 2');
  const seed = options.seed ?? 1;
  if (!isWholeNumber(seed, -(2 ** 31), 2 ** 32)) return fail('seed', 'must be a 32-bit integer');
  const flaky = flakySettings(options.flaky);
  if (typeof flaky === 'string') return fail('flaky', flaky);
  return {
    ok: true,
    settings: { host, port, sdkAppId, admin, secretKey, config, chaosSeed, flaky, rateLimit, rateLimitCode, edition, inject, faults: faults.faults, clock, maxBodyBytes, seed },
  };
}

/** The flaky network's settings, undefined when off, or what is wrong. */
function flakySettings(flaky: MockOptions['flaky']): FlakySettings | undefined | string {
  if (flaky === undefined) return undefined;
  const rates = { reset: flaky.reset ?? 0, badGateway: flaky.badGateway ?? 0, lost: flaky.lost ?? 0 };
  for (const [name, rate] of Object.entries(rates)) {
    if (typeof rate !== 'number' || !(rate >= 0 && rate <= 1)) return `${name} must be a number 0..1`;
  }
  // As parseFlakySpec: one draw per request, so the rates share the unit interval.
  if (rates.reset + rates.badGateway + rates.lost > 1 + 1e-9) return 'the rates add up to more than 1';
  const seed = flaky.seed ?? 1;
  if (!Number.isSafeInteger(seed)) return 'seed must be an integer';
  return { ...rates, seed };
}
