import { formatConfigError } from '../../../lib/config/formatConfigError';
import { loadConfig } from '../../../lib/config/loadConfig';
import type { SuiteConfig } from '../../../lib/config/types';

/**
 * The configuration for a worker or the global setup. bin/conformance.ts has
 * already reported a bad config as one line; this throw only happens when the
 * specs are run by `playwright test` directly.
 */
export function loadSuiteConfig(): SuiteConfig {
  const result = loadConfig();
  if (!result.ok) throw new Error(formatConfigError(result.error));
  return result.config;
}
