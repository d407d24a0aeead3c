import { connect } from 'node:net';
import { expect, test } from '@playwright/test';
import { API_PATHS } from '../../../lib/apis';
import type { RunningMock } from '../../../mock/MockOptions';
import { call, importUsers, isEnvelope, signedQuery, withMock } from './mockHarness';

/** Deterministic PRNG so a failure replays. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WRONG_TYPES: unknown[] = [null, true, 0, -1, 1.5, 2 ** 64, '', 'x', [], [null], {}, { Type: 3 }, '💥'.repeat(100)];
const FIELDS = ['From_Account', 'GroupContactItem', 'GroupName', 'ContactItem', 'UpdateType', 'UpdateGroup', 'MarkItem', 'StartIndex', 'CheckItem', 'UserID', 'Accounts', 'DeleteItem', 'GroupId', 'Type', 'Name', 'Owner_Account'];

/** A hostile JSON body: a plausible body with one field of a wrong type, or nested junk. */
function hostileBody(random: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const body: Record<string, unknown> = { From_Account: 'alice', StartIndex: 0, GroupName: ['a'], ContactItem: [{ Type: 1, To_Account: 'b' }] };
  body[pick(FIELDS)] = pick(WRONG_TYPES);
  body['MarkItem'] = [{ OptType: pick([1, 2, 3, 4, '1', null]), ContactItem: pick(WRONG_TYPES), SetMark: pick([[64], [-1], ['1'], [1e300], null, [1]]), CustomMark: pick(WRONG_TYPES) }];
  body['UpdateGroup'] = { UpdateGroupType: pick([1, 2, 3, null]), OldGroupName: pick(WRONG_TYPES), NewGroupName: pick(WRONG_TYPES), ContactUpdateItem: [{ ContactOptType: pick([1, 2, 9]), ContactItem: pick(WRONG_TYPES) }] };
  body['GroupContactItem'] = [{ GroupName: pick(WRONG_TYPES), ContactItem: pick(WRONG_TYPES) }];
  return JSON.stringify(body);
}

/** Writes raw bytes and reads until the server closes or `ms` passes; answers what came back. */
function raw(mock: RunningMock, bytes: Buffer | string, options: { halfClose?: boolean; abortAfterMs?: number } = {}): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(mock.port, '127.0.0.1');
    let received = '';
    const done = () => {
      socket.destroy();
      resolve(received);
    };
    const timer = setTimeout(done, options.abortAfterMs ?? 2000);
    socket.on('data', (chunk) => (received += chunk.toString('latin1')));
    socket.on('close', () => (clearTimeout(timer), resolve(received)));
    socket.on('error', () => undefined);
    socket.write(bytes);
    if (options.halfClose) socket.end();
  });
}

test('survives 3000 hostile requests and still answers a normal call with bounded memory', async () => {
  test.setTimeout(60_000);
  await withMock({ rateLimit: 0, maxBodyBytes: 64 * 1024 }, async (mock) => {
    await importUsers(mock, 'alice');
    const random = prng(7);
    const heapBefore = process.memoryUsage().heapUsed;
    const answers: string[] = [];
    const methods = ['GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'];
    const query = signedQuery(); // signed once: the hostile part is the body, not the signing
    for (let batch = 0; batch < 60; batch++) {
      const jobs: Promise<unknown>[] = [];
      for (let i = 0; i < 50; i++) {
        const kind = Math.floor(random() * 6);
        const api = API_PATHS[Math.floor(random() * API_PATHS.length)]!;
        if (kind === 0) jobs.push(call(mock, api, null, { raw: hostileBody(random), query }).then((a) => answers.push(a.text)));
        else if (kind === 1) {
          const junk = Buffer.from(Array.from({ length: 1 + Math.floor(random() * 300) }, () => Math.floor(random() * 256)));
          jobs.push(call(mock, api, null, { raw: junk, query }).then((a) => answers.push(a.text)));
        } else if (kind === 2) jobs.push(call(mock, api, null, { raw: `{"a":${'['.repeat(5000)}`, query }).then((a) => answers.push(a.text)));
        else if (kind === 3) jobs.push(call(mock, api, null, { method: methods[Math.floor(random() * methods.length)]!, query }).then((a) => answers.push(a.text)));
        else if (kind === 4) {
          const garbage = encodeURIComponent(String.fromCharCode(...Array.from({ length: 20 }, () => 32 + Math.floor(random() * 90))));
          jobs.push(call(mock, api, {}, { query: `${garbage}&sdkappid=%ZZ&random=${garbage}&&=&usersig` }).then((a) => answers.push(a.text)));
        } else jobs.push(call(mock, api, null, { raw: Buffer.alloc(70 * 1024, 0x7b), query }).then((a) => answers.push(a.text)));
      }
      await Promise.all(jobs);
    }
    // Connection-level abuse: random bytes instead of HTTP, half-closed and aborted requests.
    const rawAnswers = await Promise.all([
      raw(mock, Buffer.from('\x00\x01garbage\r\n\r\n')),
      raw(mock, 'GARBAGE / HTTP/9.9\r\n\r\n'),
      raw(mock, `POST /v4/recentcontact/get_contact_group?${signedQuery()} HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{"From`, { halfClose: true }),
      raw(mock, `POST /v4/recentcontact/get_contact_group HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000\r\n\r\n{`, { abortAfterMs: 50 }),
      raw(mock, `POST /v4/x HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n`),
    ]);
    // Bytes that are not HTTP still get HTTP 200 + an envelope, not node's bare 400.
    expect(rawAnswers[0]).toMatch(/^HTTP\/1\.1 200/);
    expect(rawAnswers[1]).toMatch(/^HTTP\/1\.1 200/);
    for (const text of rawAnswers.filter((text) => text.startsWith('HTTP/'))) {
      expect(text).toMatch(/^HTTP\/1\.1 200/);
      expect(isEnvelope(JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4)))).toBe(true);
    }
    expect(answers).toHaveLength(3000);
    for (const text of answers) expect(isEnvelope(JSON.parse(text)), text.slice(0, 200)).toBe(true);
    const normal = await call(mock, 'recentcontact/get_contact_group', { From_Account: 'alice', StartIndex: 0 });
    expect(normal.envelope.ErrorCode).toBe(0);
    expect(mock.stats().internalErrors).toBe(0);
    // The mock runs in this process: its heap must not keep the hostile traffic.
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(200 * 1024 * 1024);
  });
});

test('cuts off a body that never ends after answering 60008', async () => {
  await withMock({ maxBodyBytes: 1024 }, async (mock) => {
    const answer = await raw(mock, `POST /v4/recentcontact/get_contact_group?${signedQuery()} HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n800\r\n${'x'.repeat(2048)}\r\n800\r\n${'x'.repeat(2048)}\r\n`, { abortAfterMs: 5000 });
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
    expect(answer).toContain('"ErrorCode":60008');
  });
});
