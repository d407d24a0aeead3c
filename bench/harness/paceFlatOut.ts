import { embeddedMockClient } from '../../lib/client/embeddedMockClient';
import type { ApiPath } from '../../lib/apis';
import type { CallOutcome } from '../../lib/client/types';
import { CONFIG_DEFAULTS } from '../../lib/config/configDefaults';

/**
 * Frequency-limit codes (tencent-chat-api-notes.md §1.3: 60007 "REST API call frequency exceeds the
 * limit", 60011 "The SDKAppID request exceeds the frequency limit", 60018/60019 "Requests are too frequent").
 */
const FREQUENCY_LIMIT_CODES = new Set([60007, 60011, 60018, 60019]);

export interface PaceFlatOutOptions {
  baseUrl: string;
  userId: string;
  seconds: number;
  /** Wall-clock ms (Date.now) at which to start, so several processes start together. @defaultValue now */
  startAt?: number;
  /** Calls in flight: enough that the client's pacing, not latency, is the bottleneck. @defaultValue 16 */
  lanes?: number;
  /** @defaultValue the documented 200/s (CONFIG_DEFAULTS.rateLimit); the client divides it by RCC_WORKERS */
  rateLimit?: number;
}

export interface PaceResult {
  /** Answered OK within the window (calls that complete after it are not counted). */
  ok: number;
  /** Answered with a frequency-limit code: the pacing let too many through. */
  limited: number;
  /** Anything else (network, other codes). */
  other: number;
  /** The measured window: `seconds`, in ms. */
  elapsedMs: number;
  /** How late this process started after `startAt`, in ms (0 when on time). */
  lateMs: number;
}

/**
 * Calls search_contact_group flat out for `seconds` through a ChatClient at the given rate,
 * without retries (so every frequency-limit answer is seen, not retried away).
 */
export async function paceFlatOut(options: PaceFlatOutOptions): Promise<PaceResult> {
  const api: ApiPath = 'recentcontact/search_contact_group';
  const client = embeddedMockClient(options.baseUrl, { rateLimit: options.rateLimit ?? CONFIG_DEFAULTS.rateLimit });
  const wait = (options.startAt ?? Date.now()) - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  const lateMs = Math.max(0, -wait);
  const result: PaceResult = { ok: 0, limited: 0, other: 0, elapsedMs: 0, lateMs };
  const body = { From_Account: options.userId, ContactItem: [{ Type: 1, To_Account: options.userId }] };
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const lane = async (): Promise<void> => {
    while (performance.now() < deadline) {
      const outcome = await client.call(api, body, { noRetry: true });
      // Calls queued by the pacer before the deadline finish after it: they count for the rate only
      // inside the window, but a frequency-limit answer counts whenever it comes.
      classify(outcome, result, performance.now() <= deadline);
    }
  };
  try {
    await Promise.all(Array.from({ length: options.lanes ?? 16 }, lane));
  } finally {
    client.close();
  }
  result.elapsedMs = deadline - started;
  return result;
}

function classify(outcome: CallOutcome, result: PaceResult, inWindow: boolean): void {
  const code = outcome.kind === 'answered' ? outcome.body.ErrorCode : codeIn(outcome.kind === 'inconclusive' ? outcome.lastBody : outcome.rawBody);
  if (code !== undefined && FREQUENCY_LIMIT_CODES.has(code)) result.limited++;
  else if (!inWindow) return;
  else if (code === 0) result.ok++;
  else result.other++;
}

function codeIn(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  try {
    const parsed = JSON.parse(raw) as { ErrorCode?: unknown };
    return typeof parsed.ErrorCode === 'number' ? parsed.ErrorCode : undefined;
  } catch {
    return undefined;
  }
}
