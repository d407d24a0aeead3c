import type { SeededFault } from './types';

/**
 * A body that is not valid JSON gets HTTP 500 and a text page instead of the documented
 * envelope ("60003 | HTTP request JSON parsing error", notes §4.1; "The returned HTTP status
 * code for this API is always 200 unless a network error (such as error 502) occurs", every
 * API page). Keyed on ErrorCode 60003, which the gateway answers only for bodies it cannot parse.
 * The client retries a 5xx, so only the server-error policy (lib/client/ServerErrorPolicy.ts)
 * can tell this from a flaky network.
 */
export const http500OnMalformedJson: SeededFault = {
  name: 'http-500-on-malformed-json',
  breaksRule: 'envelope.http-200',
  description: 'answers a body that is not valid JSON with HTTP 500 and a text body instead of 60003',
  create: () => ({
    httpStatus: (response) => (response.ErrorCode === 60003 ? 500 : undefined),
    textBody: (response) => (response.ErrorCode === 60003 ? 'Internal Server Error: unexpected end of JSON input' : undefined),
  }),
};
