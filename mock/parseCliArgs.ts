/**
 * `npm run mock -- …` flags → MockOptions, with node:util parseArgs. A bad flag is one
 * line (never the secret key's value).
 */
import { parseArgs } from 'node:util';
import { parseFlakySpec } from '../lib/config/parseFlakySpec';
import type { InjectedError, MockOptions } from './MockOptions';

/** What the command line asks for. */
export type CliRequest = { kind: 'help' } | { kind: 'list-faults' } | { kind: 'serve'; options: MockOptions } | { kind: 'error'; message: string };

export const USAGE = `usage: npm run mock -- [options]
  --port N              TCP port on 127.0.0.1 (0 = a free one)          default 0
  --host H              interface to listen on                           default 127.0.0.1
  --sdkappid N          the app's SDKAppID                               default the embedded one
  --admin NAME          the App admin identifier                         default administrator
  --secret-key K        the app's SecretKey (never printed)              default the embedded dev key
  --preset P            default | alternative (flips undocumented choices) | chaos
                        (draws every undocumented choice from --chaos-seed: the
                        run-wide ones once, the per-request ones per request;
                        prints "chaos: fixed choices {...}" at start-up)
  --chaos-seed N        seed of the chaos draws                          default $CHAT_SEED, else 1
  --flaky SPEC          seeded network faults, e.g. reset=0.02,502=0.02,lost=0.02:
                        reset = connection cut before the mock sees the request;
                        502   = HTML 502, half before and half AFTER the mock
                                applied the request (a gateway lost the answer);
                        lost  = applied, then the connection cut without an answer
  --flaky-seed N        seed of the network-fault draws                  default $CHAT_SEED, else 1
  --edition E           pro | basic (basic answers recentcontact calls with 51013)
  --inject CODE:RATE    inject 50004 or 50005 at RATE (0..1); repeatable
  --rate-limit N        calls per second per API, 0 = off                default 200
  --rate-limit-code N   code answered over the rate                      default 60007
  --name-max-bytes N    group-name limit in UTF-8 bytes                  default 64
  --max-body-bytes N    largest request body                             default 1048576
  --seed N              seed of the injected errors                      default 1
  --fault NAME          enable a seeded fault; repeatable
  --list-faults         print the seeded faults and exit
  --help                print this help and exit`;

function integer(flag: string, value: string | undefined, min: number, max: number): number | string {
  if (value === undefined || !/^-?[0-9]+$/.test(value)) return `--${flag} must be an integer`;
  const n = Number(value);
  return n >= min && n <= max ? n : `--${flag} must be ${min}..${max}`;
}

/** `env` gives the CHAT_SEED default of the chaos and flaky seeds. */
export function parseCliArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): CliRequest {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(argv).values;
  } catch (error) {
    // parseArgs messages can be long and quote the value; keep the first sentence, no value echoed.
    const message = error instanceof Error ? error.message.split('\n')[0]!.replace(/\. To specify.*$/, '') : 'bad arguments';
    return { kind: 'error', message: message.replace(/--secret-key[^ ]*/g, '--secret-key') };
  }
  if (values.help) return { kind: 'help' };
  if (values['list-faults']) return { kind: 'list-faults' };
  const options: MockOptions = {};
  let flakySeed: number | undefined;
  const numbers: [string, number, number, (n: number) => void][] = [
    ['port', 0, 65535, (n) => (options.port = n)],
    ['sdkappid', 1, Number.MAX_SAFE_INTEGER, (n) => (options.sdkAppId = n)],
    ['rate-limit', 0, 1_000_000_000, (n) => (options.rateLimit = n)],
    ['rate-limit-code', 1, 99_999, (n) => (options.rateLimitCode = n)],
    ['name-max-bytes', 1, 1_000_000, (n) => (options.nameMaxBytes = n)],
    ['max-body-bytes', 2, 1024 * 1024 * 1024, (n) => (options.maxBodyBytes = n)],
    ['seed', -(2 ** 31), 2 ** 32, (n) => (options.seed = n)],
    ['chaos-seed', Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, (n) => (options.chaosSeed = n)],
    ['flaky-seed', Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, (n) => (flakySeed = n)],
  ];
  for (const [flag, min, max, set] of numbers) {
    const raw = values[flag as keyof typeof values];
    if (raw === undefined) continue;
    const n = integer(flag, raw as string, min, max);
    if (typeof n === 'string') return { kind: 'error', message: n };
    set(n);
  }
  if (values.host !== undefined) options.host = values.host;
  if (values.admin !== undefined) options.admin = values.admin;
  if (values['secret-key'] !== undefined) options.secretKey = values['secret-key'];
  if (values.preset !== undefined) {
    if (values.preset !== 'default' && values.preset !== 'alternative' && values.preset !== 'chaos') return { kind: 'error', message: '--preset must be default, alternative or chaos' };
    options.preset = values.preset;
  }
  const seeds = seedDefaults(options, flakySeed, values.flaky, env);
  if (typeof seeds === 'string') return { kind: 'error', message: seeds };
  if (values.edition !== undefined) {
    if (values.edition !== 'pro' && values.edition !== 'basic') return { kind: 'error', message: '--edition must be pro or basic' };
    options.edition = values.edition;
  }
  const inject: InjectedError[] = [];
  for (const spec of values.inject ?? []) {
    const match = /^(50004|50005):([0-9]*\.?[0-9]+)$/.exec(spec);
    const rate = match ? Number(match[2]) : NaN;
    if (!match || !(rate >= 0 && rate <= 1)) return { kind: 'error', message: `--inject must be CODE:RATE with CODE 50004|50005 and RATE 0..1, got '${spec.slice(0, 40)}'` };
    inject.push({ code: Number(match[1]) as 50004 | 50005, rate });
  }
  if (inject.length > 0) options.inject = inject;
  if (values.fault !== undefined) options.faults = values.fault;
  return { kind: 'serve', options };
}

/** Checks the chaos and flaky flags go together and fills their seeds (CHAT_SEED, else 1). */
function seedDefaults(options: MockOptions, flakySeed: number | undefined, flaky: string | undefined, env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (options.chaosSeed !== undefined && options.preset !== 'chaos') return '--chaos-seed needs --preset chaos';
  if (flakySeed !== undefined && flaky === undefined) return '--flaky-seed needs --flaky';
  if (options.preset !== 'chaos' && flaky === undefined) return undefined;
  const raw = env.CHAT_SEED?.trim();
  const fallback = raw ? Number(raw) : 1;
  const needed = (options.preset === 'chaos' && options.chaosSeed === undefined) || (flaky !== undefined && flakySeed === undefined);
  if (needed && (!/^[+-]?[0-9]+$/.test(raw ?? '1') || !Number.isSafeInteger(fallback))) return 'CHAT_SEED (the default seed) must be an integer';
  if (options.preset === 'chaos') options.chaosSeed ??= fallback;
  if (flaky !== undefined) {
    const parsed = parseFlakySpec(flaky);
    if (!parsed.ok) return `--flaky: ${parsed.error}`;
    options.flaky = { ...parsed.rates, seed: flakySeed ?? fallback };
  }
  return undefined;
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      sdkappid: { type: 'string' },
      admin: { type: 'string' },
      'secret-key': { type: 'string' },
      preset: { type: 'string' },
      edition: { type: 'string' },
      inject: { type: 'string', multiple: true },
      'rate-limit': { type: 'string' },
      'rate-limit-code': { type: 'string' },
      'name-max-bytes': { type: 'string' },
      'max-body-bytes': { type: 'string' },
      seed: { type: 'string' },
      'chaos-seed': { type: 'string' },
      flaky: { type: 'string' },
      'flaky-seed': { type: 'string' },
      fault: { type: 'string', multiple: true },
      'list-faults': { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
}
