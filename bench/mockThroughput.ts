/**
 * Figure `mock`: requests per second the reference mock serves for search_contact_group over
 * keep-alive loopback, rate limiting off, from a concurrent load generator sending raw pre-signed
 * requests (no client-side signing or validation). The mock runs in its own process.
 */
import { EMBEDDED_DEFAULTS } from '../lib/config/embeddedDefaults';
import { signUserSig } from '../lib/usersig/signUserSig';
import type { BenchFigure } from './BenchFigure';
import { generateLoad } from './harness/generateLoad';
import { startMockProcess } from './harness/startMockProcess';

export interface MockThroughputOptions {
  /** Measured seconds (after a 1 s warm-up). @defaultValue 5 */
  seconds?: number;
  /** Requests in flight. @defaultValue 48 */
  lanes?: number;
}

/** Measures the `mock` figure: the mock process's req/s under a 1 s warm-up then `seconds` of load. */
export async function measureMockThroughput(options: MockThroughputOptions = {}): Promise<BenchFigure> {
  const seconds = options.seconds ?? 5;
  const lanes = options.lanes ?? 48;
  const mock = await startMockProcess(['--rate-limit', '0']);
  try {
    const { sdkAppId, admin, secretKey } = EMBEDDED_DEFAULTS;
    // One signature for the whole run, as a gateway-side cache would see it (signing is the client's cost).
    const usersig = signUserSig({ sdkAppId, secretKey, identifier: admin, expireSeconds: 86_400, now: Date.now() / 1000 });
    const url = (api: string) =>
      `${mock.url}/v4/${api}?sdkappid=${sdkAppId}&identifier=${admin}&usersig=${encodeURIComponent(usersig)}&random=42&contenttype=json`;
    const user = 'bench_mock_user';
    const imported = await fetch(url('im_open_login_svc/account_import'), { method: 'POST', body: JSON.stringify({ UserID: user }) });
    const answer = (await imported.json()) as { ErrorCode?: number };
    if (answer.ErrorCode !== 0) throw new Error(`bench fixture: account_import on the mock process answered ErrorCode ${answer.ErrorCode}`);
    const search = { url: url('recentcontact/search_contact_group'), body: JSON.stringify({ From_Account: user, ContactItem: [{ Type: 1, To_Account: user }] }), lanes };
    await generateLoad({ ...search, seconds: 1 });
    const result = await generateLoad({ ...search, seconds });
    return {
      figure: 'mock',
      title: `mock search_contact_group, keep-alive loopback, rate limit off, ${lanes} in flight, ${seconds} s`,
      rows: [
        {
          label: 'search_contact_group',
          value: Math.round((result.completed / result.elapsedMs) * 1000),
          unit: 'req/s',
          aim: '≥ 10000',
          detail: `${result.completed} requests, not OK ${result.failed}`,
        },
      ],
      notes: [],
    };
  } finally {
    await mock.stop();
  }
}
