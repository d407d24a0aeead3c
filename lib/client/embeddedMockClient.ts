import { EMBEDDED_DEFAULTS } from '../config/embeddedDefaults';
import { ChatClient, type ChatClientOptions } from './ChatClient';

/**
 * A client for a reference mock started with its defaults (EMBEDDED_DEFAULTS), as the
 * benchmarks and the self-tests start it: no pacing (the point is to measure or to run
 * fast on loopback) and a 10-second timeout, unless `options` says otherwise.
 */
export function embeddedMockClient(baseUrl: string, options: Partial<ChatClientOptions> = {}): ChatClient {
  return new ChatClient({ baseUrl, ...EMBEDDED_DEFAULTS, rateLimit: 0, timeoutMs: 10_000, ...options });
}
