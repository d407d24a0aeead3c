/**
 * A loopback HTTP proxy in front of a target (the mock) that drops the calls a test picks:
 * with a connection reset or an HTTP 502 text page, as a load balancer in front of a sick
 * backend does. Everything else is forwarded unchanged.
 */
import http from 'node:http';
import { listenTracked } from '../support/listenTracked';

/** What the proxy does with one request, by its path (e.g. `/v4/recentcontact/mark_contact`). */
export type ProxyDecision = 'forward' | 'reset' | 'bad-gateway';

export interface FaultyProxy {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** Requests seen so far, by decision. */
  counts(): Record<ProxyDecision, number>;
  close(): Promise<void>;
}

/** Starts the proxy on 127.0.0.1:0 in front of `targetUrl`. */
export async function startFaultyProxy(targetUrl: string, decide: (path: string) => ProxyDecision): Promise<FaultyProxy> {
  const target = new URL(targetUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 32 });
  const counts: Record<ProxyDecision, number> = { forward: 0, reset: 0, 'bad-gateway': 0 };
  const server = http.createServer((request, response) => {
    const decision = decide((request.url ?? '').split('?')[0] ?? '');
    counts[decision]++;
    if (decision === 'reset') {
      request.socket.resetAndDestroy();
      return;
    }
    if (decision === 'bad-gateway') {
      request.resume();
      response.writeHead(502, { 'content-type': 'text/html' });
      response.end('<html><body><h1>502 Bad Gateway</h1></body></html>');
      return;
    }
    const upstream = http.request(
      { host: target.hostname, port: target.port, method: request.method, path: request.url, headers: request.headers, agent },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on('error', () => response.destroy());
    request.pipe(upstream);
  });
  const listening = await listenTracked(server);
  return {
    url: listening.url,
    counts: () => ({ ...counts }),
    close: async () => {
      agent.destroy();
      await listening.close();
    },
  };
}
