/**
 * A scripted HTTP server on 127.0.0.1:0 for client tests: records every request
 * and answers with whatever the test's handler says.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the server saw it. */
export interface Arrival {
  at: number;
  url: URL;
  body: string;
}

/** What the handler does with a request: answer, or destroy the socket, or never answer. */
export type Reply = { status?: number; body: string } | 'reset' | 'hang';

export interface LoopbackServer {
  baseUrl: string;
  arrivals: Arrival[];
  close(): Promise<void>;
}

/** Starts the server; `handler` sees the arrival index (0-based). */
export async function startLoopbackServer(handler: (arrival: Arrival, index: number) => Reply): Promise<LoopbackServer> {
  const arrivals: Arrival[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const arrival = { at: performance.now(), url: new URL(req.url ?? '/', 'http://127.0.0.1'), body: Buffer.concat(chunks).toString('utf8') };
      arrivals.push(arrival);
      const reply = handler(arrival, arrivals.length - 1);
      if (reply === 'hang') return;
      if (reply === 'reset') {
        req.socket.destroy();
        return;
      }
      res.writeHead(reply.status ?? 200, { 'Content-Type': 'application/json' });
      res.end(reply.body);
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    arrivals,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A documented envelope body (tencent-chat-api-notes.md §1.2). */
export function envelope(errorCode: number, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ ActionStatus: errorCode === 0 ? 'OK' : 'FAIL', ErrorCode: errorCode, ErrorInfo: errorCode === 0 ? '' : `error ${errorCode}`, ...extra });
}
