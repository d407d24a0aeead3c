/**
 * A ChatClient's base URL, parsed once, so that each call builds its target by concatenation
 * instead of parsing a URL (see sendOnce.ts, HttpTarget).
 */

/** The fixed part of every request a client sends. */
export interface BaseTarget {
  protocol: 'http:' | 'https:';
  /** Without IPv6 brackets, as node:http expects. */
  hostname: string;
  /** Empty for the protocol's default port. */
  port: string;
  /** `http://host:port`, as `URL.origin` writes it. */
  origin: string;
  /** `{base path}/v4/{api}`, as `new URL(baseUrl + '/v4/' + api).pathname` would give it. */
  pathFor(api: string): string;
}

/** An API path that `new URL` leaves as it is (`service/command`). */
const PLAIN_API = /^[A-Za-z0-9_]+\/[A-Za-z0-9_]+$/;

/**
 * Parses `baseUrl` (no trailing slash). An API path with other characters goes through `new URL`,
 * so the bytes sent never differ from what URL parsing would send.
 *
 * @throws TypeError for a base URL that is not http(s) (a configuration error, caught at start-up).
 */
export function baseTargetOf(baseUrl: string): BaseTarget {
  const url = new URL(baseUrl);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`base URL must be http or https, got ${url.protocol}`);
  const basePath = url.pathname.replace(/\/+$/, '');
  const paths = new Map<string, string>();
  return {
    protocol: url.protocol,
    hostname: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: url.port,
    origin: url.origin,
    pathFor(api) {
      let path = paths.get(api);
      if (path === undefined) {
        path = PLAIN_API.test(api) ? `${basePath}/v4/${api}` : new URL(`${baseUrl}/v4/${api}`).pathname;
        paths.set(api, path);
      }
      return path;
    },
  };
}
