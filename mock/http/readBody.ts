import type { IncomingMessage } from 'node:http';

/** How reading a request body ended. */
export type BodyRead = { kind: 'body'; body: Buffer } | { kind: 'too-large' } | { kind: 'aborted' };

/**
 * Reads a request body up to `maxBytes`. Past it (by Content-Length or by bytes seen) it
 * stops keeping data and answers `too-large` at once, so a huge or endless body is never
 * buffered; the caller then closes the connection. Never rejects.
 */
export function readBody(request: IncomingMessage, maxBytes: number): Promise<BodyRead> {
  return new Promise((resolve) => {
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) {
      request.resume();
      resolve({ kind: 'too-large' });
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
    request.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > maxBytes) {
        chunks.length = 0;
        finish({ kind: 'too-large' });
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => finish({ kind: 'body', body: Buffer.concat(chunks, size) }));
    request.on('error', () => finish({ kind: 'aborted' }));
    request.on('close', () => finish(request.complete ? { kind: 'body', body: Buffer.concat(chunks, size) } : { kind: 'aborted' }));
  });
}
