/**
 * The server-error policy (lib/client/ServerErrorPolicy.ts) over the real ChatClient and a
 * scripted loopback server: a 5xx that repeats on one request while the control call is
 * answered OK becomes a `malformed` answer; a target that is down, flapping or back after a
 * blip stays inconclusive or gets its answer back.
 */
import { test, expect } from '@playwright/test';
import type { ChatClient } from '../../../lib/client/ChatClient';
import { ServerErrorPolicy } from '../../../lib/client/ServerErrorPolicy';
import { isServerErrorVerdict } from '../../../lib/client/serverErrorVerdict';
import { envelope, startLoopbackServer } from './loopbackServer';
import type { Arrival, LoopbackServer, Reply } from './loopbackServer';
import { testClient } from './testClient';

const MARK = 'recentcontact/mark_contact' as const;
const SEARCH = 'recentcontact/search_contact_group' as const;
const TEXT_500: Reply = { status: 500, body: 'Internal Server Error: unexpected end of JSON input' };

let server: LoopbackServer | undefined;
let client: ChatClient | undefined;
test.afterEach(async () => {
  client?.close();
  await server?.close();
  server = client = undefined;
});

/** A policy over a test client of a server that answers the control (search) with `control` and the request (mark) with `request`. */
async function policyFor(request: (sendIndex: number) => Reply, control: (controlIndex: number) => Reply, options: { withControl?: boolean } = {}) {
  let sends = 0;
  let controls = 0;
  server = await startLoopbackServer((arrival: Arrival) => (arrival.url.pathname.endsWith(SEARCH) ? control(controls++) : request(sends++)));
  client = testClient(server.baseUrl, { maxAttempts: 4 });
  const inner = client;
  const policy = new ServerErrorPolicy(inner, {
    control: async () => (options.withControl === false ? undefined : inner.call(SEARCH, { From_Account: 'u1', ContactItem: [{ Type: 1, To_Account: 'u2' }] }, { noRetry: true })),
    sleep: async () => {},
  });
  /** The order the server saw: `R` for the request, `C` for the control call. */
  const order = () => server!.arrivals.map((a) => (a.url.pathname.endsWith(SEARCH) ? 'C' : 'R')).join('');
  return { policy, order };
}

test.describe('ServerErrorPolicy', () => {
  test('fails a request answered HTTP 500 on every send while the control call is answered OK, naming the status, body and repeats', async () => {
    const { policy, order } = await policyFor(() => TEXT_500, () => ({ body: envelope(0) }));
    const outcome = await policy.call(MARK, null, { rawBody: '{"From_Account":', noRetry: true });
    expect(outcome).toMatchObject({ kind: 'malformed', httpStatus: 500, rawBody: 'Internal Server Error: unexpected end of JSON input', attempts: 3 });
    expect(isServerErrorVerdict(outcome)).toBe(true);
    expect(outcome.kind === 'malformed' && outcome.reason).toBe(
      'server error on documented input: HTTP 500 "Internal Server Error: unexpected end of JSON input" (repeated 3 times; control call answered OK)',
    );
    // Two sends, the control call, then the confirming send.
    expect(order()).toBe('RRCR');
  });

  test('counts the client retries of a call that may retry, and still sends the request only twice more', async () => {
    const { policy, order } = await policyFor(() => ({ status: 503, body: 'busy' }), () => ({ body: envelope(0) }));
    const outcome = await policy.call(MARK, { From_Account: 'u1' });
    expect(outcome).toMatchObject({ kind: 'malformed', httpStatus: 503, attempts: 6 });
    expect(order()).toBe('RRRRRCR');
  });

  test('keeps a persistent 5xx inconclusive when the control call fails too (a target that is down)', async () => {
    const { policy, order } = await policyFor(() => ({ status: 502, body: '<h1>502 Bad Gateway</h1>' }), () => ({ status: 502, body: '<h1>502 Bad Gateway</h1>' }));
    const outcome = await policy.call(MARK, { From_Account: 'u1' }, { noRetry: true });
    expect(outcome).toMatchObject({ kind: 'inconclusive', lastHttpStatus: 502 });
    expect(outcome.kind === 'inconclusive' && outcome.reason).toBe('HTTP 502 after 1 attempt (repeated 2 times); control call failed too: HTTP 502 after 1 attempt');
    expect(order()).toBe('RRC');
  });

  test('keeps a persistent 5xx inconclusive when no control call can be made yet', async () => {
    const { policy, order } = await policyFor(() => TEXT_500, () => ({ body: envelope(0) }), { withControl: false });
    const outcome = await policy.call(MARK, { From_Account: 'u1' }, { noRetry: true });
    expect(outcome.kind === 'inconclusive' && outcome.reason).toContain('no control call could be made');
    expect(order()).toBe('RR');
  });

  test('keeps a persistent 5xx inconclusive when the control call is answered with an error code', async () => {
    const { policy } = await policyFor(() => TEXT_500, () => ({ body: envelope(50001) }));
    const outcome = await policy.call(MARK, { From_Account: 'u1' }, { noRetry: true });
    expect(outcome.kind === 'inconclusive' && outcome.reason).toContain('control call answered HTTP 200 with ErrorCode 50001');
  });

  test('returns the answer of the first re-send that is not a 5xx, without a control call', async () => {
    const { policy, order } = await policyFor((i) => (i === 0 ? TEXT_500 : { body: envelope(0) }), () => ({ body: envelope(0) }));
    expect(await policy.call(MARK, { From_Account: 'u1' }, { noRetry: true })).toMatchObject({ kind: 'answered', attempts: 2, body: { ErrorCode: 0 } });
    expect(order()).toBe('RR');
  });

  test('returns the answer when the request succeeds after the control call (a target that was down for a moment)', async () => {
    const { policy, order } = await policyFor((i) => (i < 2 ? TEXT_500 : { body: envelope(0) }), () => ({ body: envelope(0) }));
    expect(await policy.call(MARK, { From_Account: 'u1' }, { noRetry: true })).toMatchObject({ kind: 'answered', attempts: 3 });
    expect(order()).toBe('RRCR');
  });

  test('leaves persistent connection resets and retryable ErrorCodes to the client: inconclusive, no extra sends', async () => {
    const resets = await policyFor(() => 'reset', () => ({ body: envelope(0) }));
    expect(await resets.policy.call(MARK, { From_Account: 'u1' })).toMatchObject({ kind: 'inconclusive', attempts: 4 });
    expect(resets.order()).toBe('RRRR');
    client?.close();
    await server?.close();
    const busy = await policyFor(() => ({ body: envelope(50004) }), () => ({ body: envelope(0) }));
    expect(await busy.policy.call(MARK, { From_Account: 'u1' })).toMatchObject({ kind: 'inconclusive', attempts: 4, lastHttpStatus: 200 });
    expect(busy.order()).toBe('RRRR');
  });

  test('never judges a target that drops 2 % of calls at random with resets and 502s', async () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    let dropped = 0;
    const flaky = (): Reply => {
      const roll = random();
      if (roll >= 0.02) return { body: envelope(0) };
      dropped++;
      return roll < 0.01 ? 'reset' : { status: 502, body: 'Bad Gateway' };
    };
    const { policy } = await policyFor(flaky, flaky);
    const kinds = { answered: 0, malformed: 0, inconclusive: 0 };
    for (let i = 0; i < 1500; i++) kinds[(await policy.call(MARK, { From_Account: 'u1' }, { noRetry: i % 2 === 0 })).kind]++;
    expect(dropped, 'the server must have dropped some calls for this test to mean anything').toBeGreaterThan(10);
    expect(kinds.malformed).toBe(0);
  });
});
