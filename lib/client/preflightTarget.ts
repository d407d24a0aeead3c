/**
 * A signed account_check of the admin before a long run starts: proves the target answers and
 * accepts our credentials, so an unreachable target or a wrong key costs seconds and one line,
 * not a run full of inconclusive calls. Used by bin/conformance.ts and bin/soak.ts.
 */
import type { SuiteConfig } from '../config/types';
import { ChatClient } from './ChatClient';

/** @defaultValue 5000 ms: the preflight must fail fast on an unreachable target. */
export const PREFLIGHT_TIMEOUT_MS = 5000;

/** The one-line problem, or undefined when the target answered OK. Never throws. */
export async function preflightTarget(config: SuiteConfig, baseUrl: string): Promise<string | undefined> {
  const host = new URL(baseUrl).host;
  const client = new ChatClient({
    baseUrl,
    sdkAppId: config.sdkAppId,
    admin: config.admin,
    secretKey: config.secretKey,
    rateLimit: 0,
    timeoutMs: Math.min(config.timeoutMs, PREFLIGHT_TIMEOUT_MS),
    maxAttempts: 1,
  });
  try {
    const outcome = await client.call('im_open_login_svc/account_check', { CheckItem: [{ UserID: config.admin }] }, { noRetry: true });
    if (outcome.kind === 'inconclusive') return `target unreachable: ${host}: ${outcome.reason}`;
    if (outcome.kind === 'malformed') return `target ${host} did not answer the preflight account_check with JSON: ${outcome.reason}`;
    if (outcome.body.ErrorCode !== 0) {
      return `target ${host} refused the preflight account_check: ErrorCode ${outcome.body.ErrorCode} ${String(outcome.body.ErrorInfo).slice(0, 120)} (check CHAT_SDKAPPID, CHAT_ADMIN, CHAT_SECRET_KEY)`;
    }
    return undefined;
  } catch (error) {
    return `target unreachable: ${host}: ${(error as Error).message.split('\n')[0]}`;
  } finally {
    client.close();
  }
}
