import { test, expect } from '@playwright/test';
import { startLoopbackServer, envelope } from './loopbackServer';
import type { LoopbackServer, Reply } from './loopbackServer';
import { testClient } from './testClient';

let server: LoopbackServer | undefined;
async function serve(handler: (index: number) => Reply): Promise<string> {
  server = await startLoopbackServer((_, index) => handler(index));
  return server.baseUrl;
}
test.afterEach(async () => {
  await server?.close();
  server = undefined;
});

test.describe('ChatClient retries', () => {
  test('stops retrying 50004 at maxAttempts and reports the call as inconclusive', async () => {
    const client = testClient(await serve(() => ({ body: envelope(50004) })), { maxAttempts: 4 });
    try {
      const outcome = await client.call('recentcontact/mark_contact', { From_Account: 'a' });
      expect(outcome).toMatchObject({ kind: 'inconclusive', attempts: 4, lastHttpStatus: 200 });
      expect(outcome.kind === 'inconclusive' && outcome.reason).toContain('ErrorCode 50004');
      expect(server!.arrivals).toHaveLength(4);
      expect(client.requestCount).toBe(4);
      expect(client.transcript.entries()[0]).toMatchObject({ attempts: 4, outcome: 'inconclusive' });
    } finally {
      client.close();
    }
  });

  for (const code of [50005, 60007, 60018, 60019, 70169]) {
    test(`retries ErrorCode ${code} and returns the answer that follows`, async () => {
      const client = testClient(await serve((i) => ({ body: envelope(i === 0 ? code : 0) })));
      try {
        expect(await client.call('recentcontact/get_contact_group', { From_Account: 'a' })).toMatchObject({ kind: 'answered', attempts: 2, body: { ErrorCode: 0 } });
      } finally {
        client.close();
      }
    });
  }

  test('does not retry a documented non-retryable code such as 51011', async () => {
    const client = testClient(await serve(() => ({ body: envelope(51011) })));
    try {
      expect(await client.call('recentcontact/update_contact_group', {})).toMatchObject({ kind: 'answered', attempts: 1, body: { ErrorCode: 51011 } });
      expect(server!.arrivals).toHaveLength(1);
    } finally {
      client.close();
    }
  });

  test('retries HTTP 5xx and a connection reset', async () => {
    const client = testClient(await serve((i) => (i === 0 ? { status: 503, body: 'busy' } : i === 1 ? 'reset' : { body: envelope(0) })));
    try {
      expect(await client.call('recentcontact/get_contact_group', { From_Account: 'a' })).toMatchObject({ kind: 'answered', attempts: 3 });
      expect(client.transcript.entries()[0]!.retries).toEqual(['attempt 1: HTTP 503', 'attempt 2: network error ECONNRESET']);
    } finally {
      client.close();
    }
  });

  test('reports HTTP 502 after the last retry as inconclusive with the status', async () => {
    const client = testClient(await serve(() => ({ status: 502, body: '<html>Bad Gateway</html>' })), { maxAttempts: 3 });
    try {
      expect(await client.call('recentcontact/get_contact_group', {})).toMatchObject({
        kind: 'inconclusive',
        attempts: 3,
        lastHttpStatus: 502,
        lastBody: '<html>Bad Gateway</html>',
      });
    } finally {
      client.close();
    }
  });

  test('sends a noRetry call once', async () => {
    const client = testClient(await serve(() => ({ body: envelope(50004) })));
    try {
      expect(await client.call('recentcontact/get_contact_group', {}, { noRetry: true })).toMatchObject({ kind: 'inconclusive', attempts: 1 });
    } finally {
      client.close();
    }
  });

  test('ends a hanging call with a timeout as inconclusive and notes a retried non-idempotent call', async () => {
    const client = testClient(await serve(() => 'hang'), { maxAttempts: 2, timeoutMs: 150 });
    try {
      const outcome = await client.call('recentcontact/update_contact_group', {});
      expect(outcome).toMatchObject({ kind: 'inconclusive', attempts: 2 });
      expect(outcome.kind === 'inconclusive' && outcome.reason).toContain('timeout after 150 ms');
      expect(client.transcript.entries()[0]!.retries).toEqual(['attempt 1: timeout after 150 ms (non-idempotent call retried: it may have been applied)']);
      await client.call('recentcontact/search_contact_group', {}, { timeoutMs: 100 });
      expect(client.transcript.entries()[1]!.retries).toEqual(['attempt 1: timeout after 100 ms']);
    } finally {
      client.close();
    }
  });

  test('reports a 200 that is not a JSON object, or a 4xx, as malformed without retrying', async () => {
    const replies: Reply[] = [{ body: 'not json' }, { body: '[1,2]' }, { status: 404, body: envelope(0) }];
    const client = testClient(await serve((i) => replies[i]!));
    try {
      expect(await client.call('recentcontact/get_contact_group', {})).toMatchObject({ kind: 'malformed', httpStatus: 200, rawBody: 'not json', reason: 'response body is not JSON', attempts: 1 });
      expect(await client.call('recentcontact/get_contact_group', {})).toMatchObject({ kind: 'malformed', reason: 'response body is not a JSON object' });
      expect(await client.call('recentcontact/get_contact_group', {})).toMatchObject({ kind: 'malformed', httpStatus: 404 });
      expect(server!.arrivals).toHaveLength(3);
    } finally {
      client.close();
    }
  });

  test('reports a refused connection as inconclusive after retries', async () => {
    const url = await serve(() => ({ body: envelope(0) }));
    await server!.close();
    server = undefined;
    const client = testClient(url, { maxAttempts: 2 });
    try {
      const outcome = await client.call('recentcontact/get_contact_group', {});
      expect(outcome).toMatchObject({ kind: 'inconclusive', attempts: 2 });
      expect(outcome.kind === 'inconclusive' && outcome.reason).toContain('ECONNREFUSED');
    } finally {
      client.close();
    }
  });
});
