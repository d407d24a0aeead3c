/** MockOptions with every default filled in and checked (resolveMockSettings.ts). */
import type { ModelConfig } from '../lib/model/types';
import type { SeededFault } from './faults/types';
import type { FlakySettings } from './http/FlakyNetwork';
import type { InjectedError, MockEdition } from './MockOptions';

export interface MockSettings {
  readonly host: string;
  readonly port: number;
  readonly sdkAppId: number;
  readonly admin: string;
  readonly secretKey: string;
  /** The configuration before faults adjust it (with `chaosSeed`, its choices are replaced per request). */
  readonly config: ModelConfig;
  /** Set only for the `chaos` preset: the seed of its draws. */
  readonly chaosSeed: number | undefined;
  /** Undefined: a perfect network. */
  readonly flaky: FlakySettings | undefined;
  readonly rateLimit: number;
  readonly rateLimitCode: number;
  readonly edition: MockEdition;
  readonly inject: readonly InjectedError[];
  readonly faults: readonly SeededFault[];
  readonly clock: () => number;
  readonly maxBodyBytes: number;
  readonly seed: number;
}
