/** MockOptions with every default filled in and checked (resolveMockSettings.ts). */
import type { ModelConfig } from '../lib/model/types';
import type { SeededFault } from './faults/types';
import type { InjectedError, MockEdition } from './MockOptions';

export interface MockSettings {
  readonly host: string;
  readonly port: number;
  readonly sdkAppId: number;
  readonly admin: string;
  readonly secretKey: string;
  /** The configuration before faults adjust it. */
  readonly config: ModelConfig;
  readonly rateLimit: number;
  readonly rateLimitCode: number;
  readonly edition: MockEdition;
  readonly inject: readonly InjectedError[];
  readonly faults: readonly SeededFault[];
  readonly clock: () => number;
  readonly maxBodyBytes: number;
  readonly seed: number;
}
