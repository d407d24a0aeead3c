/**
 * The reference mock server: node:http + MockService (gateway, model, seeded faults).
 * Listens on loopback only unless told otherwise.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { answerClientError } from './http/answerClientError';
import { envelopeBytes } from './http/envelopeBytes';
import { readBody } from './http/readBody';
import type { MockOptions, RunningMock } from './MockOptions';
import { MockService } from './MockService';
import { resolveMockSettings } from './resolveMockSettings';

/** Longer than any client's idle timeout, so the client never reuses a socket we are closing (library-notes §2.5, §2.6 #21). */
const KEEP_ALIVE_TIMEOUT_MS = 65_000;
const HEADERS_TIMEOUT_MS = 66_000;
/** A request whose body trickles in for longer than this is dropped. */
const REQUEST_TIMEOUT_MS = 30_000;
/** After refusing a body past the drain cap, how long the rest may still arrive before the socket is cut. */
const DRAIN_MS = 200;

/**
 * Starts the mock. Rejects with a one-line MockOptionsError on a bad option, or the
 * listen error (e.g. EADDRINUSE).
 */
export async function startMockServer(options: MockOptions = {}): Promise<RunningMock> {
  const resolved = resolveMockSettings(options);
  if (!resolved.ok) throw resolved.error;
  const settings = resolved.settings;
  const service = new MockService(settings);
  const sockets = new Set<Socket>();

  const server = createServer({ requestTimeout: REQUEST_TIMEOUT_MS }, (request, response) => {
    void serve(service, request, response, settings.maxBodyBytes);
  });
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.on('connection', (socket: Socket) => {
    service.counters.connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  });
  server.on('clientError', answerClientError);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.port, settings.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  let closing: Promise<void> | undefined;

  return {
    url: `http://${settings.host.includes(':') ? `[${settings.host}]` : settings.host}:${port}`,
    port,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        for (const socket of sockets) socket.destroy();
      });
      return closing;
    },
    reset: () => service.reset(),
    state: () => service.state(),
    fixedChoices: () => service.fixedChoices(),
    stats: () => ({ ...service.counters, byApi: { ...service.counters.byApi } }),
  };
}

async function serve(service: MockService, request: IncomingMessage, response: ServerResponse, maxBodyBytes: number): Promise<void> {
  try {
    request.on('error', () => undefined);
    response.on('error', () => undefined);
    const read = await readBody(request, maxBodyBytes);
    if (read.kind === 'aborted' || response.destroyed) return;
    // The flaky network (mock/http/FlakyNetwork.ts) may cut or 502 the request, before or after the mock applies it.
    if (read.kind === 'body' && service.network.takesOver(request, response, () => service.handle({ method: request.method, url: request.url, body: read.body }))) return;
    const answer = service.handle({ method: request.method, url: request.url, body: read.kind === 'body' ? read.body : 'too-large' });
    const bytes = answer.text !== undefined ? Buffer.from(answer.text, 'utf8') : envelopeBytes(answer.envelope);
    const contentType = answer.text !== undefined ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8';
    const headers: Record<string, string | number> = { 'Content-Type': contentType, 'Content-Length': bytes.length };
    if (read.kind === 'too-large' && !read.drained) {
      // Past the drain cap (mock/http/readBody.ts): answer, then cut the socket rather than read an
      // endless body. A drained body left the connection clean: it stays open for the next request.
      headers['Connection'] = 'close';
      response.on('finish', () => setTimeout(() => request.socket.destroy(), DRAIN_MS).unref());
    }
    response.writeHead(answer.status, headers);
    response.end(bytes);
  } catch {
    if (!response.headersSent && !response.destroyed) {
      response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', Connection: 'close' });
      response.end('{"ActionStatus":"FAIL","ErrorCode":50004,"ErrorInfo":"Internal server error."}');
    } else response.destroy();
  }
}
