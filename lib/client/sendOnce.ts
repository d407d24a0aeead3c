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

/** What to send. */
export interface SendOnceRequest {
  url: URL;
  body: string | Buffer;
  agent: http.Agent;
  /** The attempt is abandoned after this many ms (socket idle or overall, whichever first). */
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
    const payload = typeof request.body === 'string' ? Buffer.from(request.body, 'utf8') : request.body;
    const send = request.url.protocol === 'https:' ? https.request : http.request;
    const req = send(request.url, {
      method: 'POST',
      agent: request.agent,
      headers: { 'Content-Type': 'application/json', 'Content-Length': payload.length },
    });
    const timedOut = () => {
      finish({ kind: 'timeout', afterMs: request.timeoutMs });
      req.destroy();
    };
    // Why both: the socket timeout catches a silent peer, the overall timer a slow drip of bytes.
    const overall = setTimeout(timedOut, request.timeoutMs);
    req.setTimeout(request.timeoutMs, timedOut);
    req.on('error', (error: NodeJS.ErrnoException) => finish({ kind: 'network', code: error.code ?? 'ERROR', message: error.message }));
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => finish({ kind: 'response', status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', (error: NodeJS.ErrnoException) => finish({ kind: 'network', code: error.code ?? 'ERROR', message: error.message }));
      res.on('aborted', () => finish({ kind: 'network', code: 'ECONNRESET', message: 'response aborted' }));
    });
    req.end(payload);
  });
}
