import type { SuiteConfig } from '../../../lib/config/types';
import type { MockExtras } from './mockExtrasFromEnv';

/**
 * The options an embedded mock is started with for a run (globalSetup.ts, and each embedded
 * side of `npm run differential`): the configuration's credentials, name limit and rate limit,
 * plus the CHAT_MOCK_* extras. The chaos and network draws follow CHAT_SEED unless given their
 * own seed, so a run is reproducible. Plain data: tests/conformance reaches mock/ only through
 * globalSetup.ts, which passes this to startMockServer.
 */
export function embeddedMockOptions(config: SuiteConfig, extras: MockExtras) {
  const { chaosSeed, flaky, ...rest } = extras;
  return {
    sdkAppId: config.sdkAppId,
    admin: config.admin,
    secretKey: config.secretKey,
    nameMaxBytes: config.nameMaxBytes,
    rateLimit: config.rateLimit,
    ...rest,
    ...(rest.preset === 'chaos' && { chaosSeed: chaosSeed ?? config.seed }),
    ...(flaky && { flaky: { ...flaky, seed: config.seed } }),
  };
}
