/**
 * How the bin scripts print a configuration problem: one line, no stack.
 */
import type { ConfigError } from './types';

/** e.g. `config error: CHAT_REGION: unknown region "mars" (expected one of china, …)`. */
export function formatConfigError(error: ConfigError): string {
  return `config error: ${error.message}`;
}
