/**
 * One HTTP POST attempt with a hard deadline, over a given keep-alive agent.
 * Never rejects: every ending is a value.
 */
import http from 'node:http';
import https from 'node:https';

/** How one attempt ended at the HTTP level. */
export type HttpAttempt =
  | { kind: 'response'; status: number; body: string }
  | { kind: 'network'; code: string; message: string }
  | { kind: 'timeout'; afterMs: number };

/**
 * Where an attempt goes, already split the way node:http wants it. Why not a URL: parsing and
 * re-serialising one per call was a measurable share of the client's cost (`npm run bench`).
 */
export interface HttpTarget {
  protocol: 'http:' | 'https:';
  /** Without IPv6 brackets, as node:http expects. */
  hostname: string;
  /** Empty for the protocol's default port. */
  port: string;
  /** Path and query, e.g. `/v4/recentcontact/mark_contact?sdkappid=…`. */
  path: string;
}

/** What to send. */
export interface SendOnceRequest {
  target: HttpTarget;
  body: string | Buffer;
  agent: http.Agent;
  /** The attempt is abandoned after this many ms, whether the peer is silent or drips bytes. */
  timeoutMs: number;
}

/** Sends one POST and reads the whole answer. */
export function sendOnce(request: SendOnceRequest): Promise<HttpAttempt> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: HttpAttempt) => {
      if (settled) return;
      settled = true;
      clearTimeout(overall);
      resolve(result);
    };
    // A string body goes out as a string: node:http then sends head and body in one write, where a
    // Buffer body costs a second chunk (writev) and a copy.
    const length = typeof request.body === 'string' ? Buffer.byteLength(request.body, 'utf8') : request.body.length;
    const { protocol, hostname, port, path } = request.target;
    const send = protocol === 'https:' ? https.request : http.request;
    const req = send({
      protocol,
      hostname,
      ...(port ? { port } : {}),
      path,
      method: 'POST',
      agent: request.agent,
      headers: { 'Content-Type': 'application/json', 'Content-Length': length },
    });
    // One overall timer covers a silent peer and a slow drip of bytes alike; a socket idle timer
    // as well would only add listeners to every keep-alive socket on every call, never fire first.
    const overall = setTimeout(() => {
      finish({ kind: 'timeout', afterMs: request.timeoutMs });
      req.destroy();
    }, request.timeoutMs);
    req.on('error', (error: NodeJS.ErrnoException) => finish({ kind: 'network', code: error.code ?? 'ERROR', message: error.message }));
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const body = chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8');
        finish({ kind: 'response', status: res.statusCode ?? 0, body });
      });
      res.on('error', (error: NodeJS.ErrnoException) => finish({ kind: 'network', code: error.code ?? 'ERROR', message: error.message }));
      res.on('aborted', () => finish({ kind: 'network', code: 'ECONNRESET', message: 'response aborted' }));
    });
    if (typeof request.body === 'string') req.end(request.body, 'utf8');
    else req.end(request.body);
  });
}
