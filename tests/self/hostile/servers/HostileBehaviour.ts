import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * How a purpose-built bad server treats one request it has decided to misbehave on.
 * `track` registers a timer so the server can clear it at close (no dangling drips).
 */
export type HostileHandler = (
  request: IncomingMessage,
  response: ServerResponse,
  track: (timer: NodeJS.Timeout) => void,
) => void;

/** The bad servers the hostile tests run the suite against. */
export type HostileBehaviour = 'hang' | 'reset' | 'bad-gateway' | 'html' | 'drip';
