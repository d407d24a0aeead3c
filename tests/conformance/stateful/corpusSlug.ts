/**
 * The folder name of a target's stateful corpus (corpusFile.ts): counterexamples found against
 * one target are replayed against that target only. The embedded mock with seeded faults, another
 * preset or the basic edition is another target; a remote target is its host and path (never its
 * credentials: CHAT_TARGET_URL has none, lib/config/readConfig.ts).
 */
import type { MockExtras } from '../support/mockExtrasFromEnv';
import type { TargetInfo } from '../support/fixtureTypes';

/** e.g. `embedded-mock`, `embedded-mock+clear-mark-ignored`, `console.tim.qq.com`, `127.0.0.1_9000_proxy`. */
export function corpusSlug(target: Pick<TargetInfo, 'baseUrl' | 'embedded'>, extras: MockExtras = {}): string {
  if (target.embedded) {
    const parts = [
      extras.preset !== undefined && extras.preset !== 'default' ? extras.preset : undefined,
      extras.edition === 'basic' ? 'basic' : undefined,
      ...[...new Set(extras.faults ?? [])].sort(),
    ].filter((part): part is string => part !== undefined);
    return ['embedded-mock', ...parts.map(safe)].join('+');
  }
  const url = new URL(target.baseUrl);
  return safe(`${url.host}${url.pathname}`) || 'target';
}

/** Lower case, letters, digits, dots and dashes; every other run of characters becomes one `_`. */
function safe(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9.-]+/g, '_').replace(/^[_.]+|_+$/g, '').slice(0, 80);
}
