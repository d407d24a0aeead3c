import type { IncomingMessage } from 'node:http';

/**
 * How reading a request body ended. `too-large` says whether the body was read to its end
 * (`drained`: the connection is clean and may carry the next request) or given up on past
 * the drain cap (the caller answers, then closes).
 */
export type BodyRead = { kind: 'body'; body: Buffer } | { kind: 'too-large'; drained: boolean } | { kind: 'aborted' };

/**
 * Most bytes read and thrown away to reach the end of an oversized body. Why drain at all:
 * answering before the body is read and then closing cuts the client off in mid-write, so it
 * sees a broken pipe instead of the 60008 envelope the documents promise for every answer
 * (notes §1.2: the status "is always 200" with an envelope). Why a cap: an endless body must not
 * hold the connection; past the cap closing is fine. The docs are silent on a size limit.
 */
export const DRAIN_CAP_BYTES = 8 * 1024 * 1024;

/**
 * Reads a request body, keeping at most `maxBytes`. A larger body is read on without keeping
 * its bytes up to the drain cap (at least `maxBytes`) and answers `too-large` with `drained`
 * true at its end; one declared (Content-Length) or seen beyond the cap answers `too-large`
 * with `drained` false at once, so a huge or endless body is never buffered or waited for.
 * Never rejects.
 */
export function readBody(request: IncomingMessage, maxBytes: number, drainCapBytes = DRAIN_CAP_BYTES): Promise<BodyRead> {
  const cap = Math.max(drainCapBytes, maxBytes);
  return new Promise((resolve) => {
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > cap) {
      request.resume();
      resolve({ kind: 'too-large', drained: false });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (result: BodyRead) => {
      if (done) return;
      done = true;
      resolve(result);
    };
    const complete = (): BodyRead => (size > maxBytes ? { kind: 'too-large', drained: true } : { kind: 'body', body: Buffer.concat(chunks, size) });
    request.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > cap) finish({ kind: 'too-large', drained: false });
      else if (size > maxBytes) chunks.length = 0;
      else chunks.push(chunk);
    });
    request.on('end', () => finish(complete()));
    request.on('error', () => finish({ kind: 'aborted' }));
    request.on('close', () => finish(request.complete ? complete() : { kind: 'aborted' }));
  });
}
