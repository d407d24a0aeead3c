/**
 * Helpers for the mock's own tests: signed calls over loopback HTTP and envelope checks.
 */
import { EMBEDDED_DEFAULTS } from '../../../lib/config/embeddedDefaults';
import { signUserSig } from '../../../lib/usersig/signUserSig';
import type { MockOptions, RunningMock } from '../../../mock/MockOptions';
import { startMockServer } from '../../../mock/startMockServer';

export const APP = EMBEDDED_DEFAULTS;

/** The query string of a correctly signed admin call, with fields replaced as asked. */
export function signedQuery(overrides: Partial<Record<'sdkappid' | 'identifier' | 'usersig' | 'random' | 'contenttype', string | null>> = {}, sign: { identifier?: string; secretKey?: string; sdkAppId?: number; now?: number; expireSeconds?: number } = {}): string {
  const identifier = sign.identifier ?? APP.admin;
  const usersig = signUserSig({
    sdkAppId: sign.sdkAppId ?? APP.sdkAppId,
    secretKey: sign.secretKey ?? APP.secretKey,
    identifier,
    expireSeconds: sign.expireSeconds ?? 86_400,
    now: sign.now ?? Math.floor(Date.now() / 1000),
  });
  const fields: Record<string, string | null> = { sdkappid: String(APP.sdkAppId), identifier, usersig, random: '12345', contenttype: 'json', ...overrides };
  return Object.entries(fields)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&');
}

export interface Answered {
  status: number;
  contentType: string | null;
  text: string;
  envelope: Record<string, unknown> & { ActionStatus: string; ErrorCode: number; ErrorInfo: string };
}

/** POSTs (or `method`) to `/v4/{api}` and parses the answer. */
export async function call(
  mock: RunningMock,
  api: string,
  body: unknown,
  options: { query?: string; raw?: string | Buffer; method?: string } = {},
): Promise<Answered> {
  const method = options.method ?? 'POST';
  const payload = options.raw ?? JSON.stringify(body);
  const response = await fetch(`${mock.url}/v4/${api}?${options.query ?? signedQuery()}`, {
    method,
    ...(method === 'GET' || method === 'HEAD' ? {} : { body: payload }),
  });
  const text = await response.text();
  return { status: response.status, contentType: response.headers.get('content-type'), text, envelope: JSON.parse(text) };
}

/** True when `value` is a documented envelope (notes §1.2). */
export function isEnvelope(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (v.ActionStatus === 'OK' || v.ActionStatus === 'FAIL') && typeof v.ErrorCode === 'number' && typeof v.ErrorInfo === 'string' && (v.ActionStatus === 'OK') === (v.ErrorCode === 0);
}

/** Starts a mock, runs `fn`, always closes it. */
export async function withMock<T>(options: MockOptions, fn: (mock: RunningMock) => Promise<T>): Promise<T> {
  const mock = await startMockServer(options);
  try {
    return await fn(mock);
  } finally {
    await mock.close();
  }
}

/** Imports users through the mock (account_import). */
export async function importUsers(mock: RunningMock, ...users: string[]): Promise<void> {
  for (const user of users) {
    const answer = await call(mock, 'im_open_login_svc/account_import', { UserID: user });
    if (answer.envelope.ErrorCode !== 0) throw new Error(`import ${user}: ${answer.text}`);
  }
}
