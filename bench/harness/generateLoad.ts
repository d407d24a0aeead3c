import http from 'node:http';

export interface LoadOptions {
  /** Full URL with the pre-signed query string. */
  url: string;
  /**
   * The raw JSON body, sent unchanged on every request, or made per request from its index (e.g. to
   * spread writes over many users). No per-request signing or validation either way.
   */
  body: string | ((index: number) => string);
  /** Requests in flight, each on its own keep-alive socket. @defaultValue 48 */
  lanes?: number;
  seconds: number;
}

export interface LoadResult {
  completed: number;
  /** HTTP 200 whose body says ErrorCode 0. */
  ok: number;
  /** Any other answer, or a socket error. */
  failed: number;
  elapsedMs: number;
}

/**
 * A keep-alive load generator: `lanes` loops, each sending the next request as soon as the previous
 * answer is fully read, until `seconds` have passed. Loopback only (the caller passes the mock's URL).
 */
export async function generateLoad(options: LoadOptions): Promise<LoadResult> {
  const lanes = options.lanes ?? 48;
  const agent = new http.Agent({ keepAlive: true, maxSockets: lanes });
  const target = new URL(options.url);
  const body = options.body;
  const fixed = typeof body === 'string' ? Buffer.from(body) : undefined;
  const payloadAt = (index: number): Buffer => fixed ?? Buffer.from(typeof body === 'string' ? body : body(index));
  let sent = 0;
  const result: LoadResult = { completed: 0, ok: 0, failed: 0, elapsedMs: 0 };
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const once = () =>
    new Promise<void>((resolve) => {
      const payload = payloadAt(sent++);
      const request = http.request(
        target,
        { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': payload.length } },
        (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (text += chunk));
          response.on('end', () => {
            result.completed++;
            if (response.statusCode === 200 && text.includes('"ErrorCode":0')) result.ok++;
            else result.failed++;
            resolve();
          });
        },
      );
      request.on('error', () => {
        result.completed++;
        result.failed++;
        resolve();
      });
      request.end(payload);
    });
  const lane = async () => {
    while (performance.now() < deadline) await once();
  };
  await Promise.all(Array.from({ length: lanes }, lane));
  result.elapsedMs = performance.now() - started;
  agent.destroy();
  return result;
}
