/** A ChatClient for tests: canary credentials, no backoff wait, short timeout. */
import { ChatClient } from '../../../lib/client/ChatClient';
import type { ChatClientOptions } from '../../../lib/client/ChatClient';

/** A secret no real app uses, so finding it anywhere is a leak. */
export const CANARY_SECRET = 'CANARY-SECRET-9f8e7d6c5b4a39281706f5e4d3c2b1a0';
export const SDKAPPID = 1400000001;
export const ADMIN = 'administrator';

export function testClient(baseUrl: string, overrides: Partial<ChatClientOptions> = {}): ChatClient {
  return new ChatClient({
    baseUrl,
    sdkAppId: SDKAPPID,
    admin: ADMIN,
    secretKey: CANARY_SECRET,
    rateLimit: 0,
    timeoutMs: 2_000,
    sleep: async () => {},
    ...overrides,
  });
}
