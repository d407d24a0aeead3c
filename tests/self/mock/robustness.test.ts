import http from 'node:http';
import { connect } from 'node:net';
import { expect, test } from '@playwright/test';
import { API_PATHS } from '../../../lib/apis';
import { DRAIN_CAP_BYTES } from '../../../mock/http/readBody';
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

test('cuts off a body that never ends, past the drain cap, after answering 60008', async () => {
  await withMock({ maxBodyBytes: 1024 }, async (mock) => {
    const chunk = `100000\r\n${'x'.repeat(0x100000)}\r\n`;
    const chunks = Math.ceil(DRAIN_CAP_BYTES / 0x100000) + 1;
    const answer = await raw(mock, `POST /v4/recentcontact/get_contact_group?${signedQuery()} HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n${chunk.repeat(chunks)}`, { abortAfterMs: 5000 });
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
    expect(answer).toContain('"ErrorCode":60008');
  });
});

/**
 * How one POST over node:http ended: the answer, if one came, and every socket error seen while
 * sending or reading (e.g. EPIPE or ECONNRESET: the server cut the client off in mid-body).
 */
interface Posted {
  status?: number;
  text?: string;
  socket?: unknown;
  errors: string[];
}

/**
 * POSTs `body`; with `gapMs`, in 1 MB slices that far apart, as a slow link delivers it: a server
 * that answers and closes before reading the body then cuts the client off in mid-write. Settles
 * when the request is closed, so an error after the answer is seen too.
 */
function post(mock: RunningMock, body: Buffer, agent: http.Agent | false, gapMs = 0): Promise<Posted> {
  return new Promise((resolve) => {
    const posted: Posted = { errors: [] };
    const request = http.request(`${mock.url}/v4/recentcontact/get_contact_group?${signedQuery()}`, {
      method: 'POST',
      agent,
      headers: { 'Content-Type': 'application/json', 'Content-Length': body.length },
    });
    let answered = false;
    let closed = false;
    const settle = () => answered && closed && resolve(posted);
    const fail = (error: NodeJS.ErrnoException) => void posted.errors.push(error.code ?? error.message);
    request.on('error', (error: NodeJS.ErrnoException) => {
      fail(error);
      answered = true;
      settle();
    });
    request.on('close', () => ((closed = true), settle()));
    request.on('response', (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('error', fail);
      response.on('end', () => {
        Object.assign(posted, { status: response.statusCode ?? 0, text, socket: request.socket });
        answered = true;
        settle();
      });
    });
    if (gapMs === 0) return void request.end(body);
    const slice = 1000 * 1000;
    const writeFrom = (offset: number): void => {
      if (request.destroyed) return;
      if (offset + slice >= body.length) return void request.end(body.subarray(offset));
      request.write(body.subarray(offset, offset + slice));
      setTimeout(() => writeFrom(offset + slice), gapMs);
    };
    writeFrom(0);
  });
}

test('answers every complete multi-megabyte body with a 60008 envelope, never a broken pipe, over keep-alive and fresh connections', async () => {
  test.setTimeout(60_000);
  // The default 1 MiB limit: a 5 MB body is over it and under the drain cap.
  await withMock({ rateLimit: 0 }, async (mock) => {
    const body = Buffer.alloc(5 * 1000 * 1000, 0x20);
    const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const connectionsBefore = mock.stats().connections;
    const overOneSocket: Posted[] = [];
    try {
      for (let i = 0; i < 10; i++) overOneSocket.push(await post(mock, body, keepAlive));
    } finally {
      keepAlive.destroy();
    }
    // Half of the fresh connections deliver their body slowly (about 0.4 s from first to last byte).
    const fresh = await Promise.all(Array.from({ length: 10 }, (_, i) => post(mock, body, false, i % 2 === 0 ? 100 : 0)));
    for (const answered of [...overOneSocket, ...fresh]) {
      expect(answered.errors).toEqual([]);
      expect(answered.status).toBe(200);
      expect(JSON.parse(answered.text ?? '')).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: 60008 });
    }
    // A drained body leaves the connection clean: all ten went over the same socket.
    expect(new Set(overOneSocket.map((answered) => answered.socket)).size).toBe(1);
    expect(mock.stats().connections - connectionsBefore).toBe(11);
    const normal = await call(mock, 'recentcontact/get_contact_group', { From_Account: 'nobody', StartIndex: 0 });
    expect(isEnvelope(normal.envelope)).toBe(true);
  });
});
