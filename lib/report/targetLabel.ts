import type { SuiteConfig } from '../config/types';

/**
 * The target as the report names it: host (and port) only, never a path, query or
 * credentials. RCC_TARGET_LABEL (set by tests/conformance/globalSetup.ts) wins; a label
 * that is a URL is cut down to its host, so a label can never leak a query string.
 */
export function targetLabel(label: string | undefined, config: SuiteConfig | undefined): string {
  if (label?.trim()) return hostOnly(label.trim());
  if (config?.target.kind === 'remote') return hostOnly(config.target.baseUrl);
  if (config?.target.kind === 'embedded') return 'embedded mock';
  return 'unknown target';
}

function hostOnly(text: string): string {
  try {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return new URL(text).host;
  } catch {
    // Not a URL: fall through and strip what could carry a secret.
  }
  return text.replace(/^[^@\s/]*@/, '').split(/[/?#]/)[0]?.trim() || 'unknown target';
}
