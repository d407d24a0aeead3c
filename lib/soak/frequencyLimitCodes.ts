import type { TranscriptEntry } from '../client/types';

/**
 * The over-frequency codes a target may answer (tencent-chat-api-notes.md §1.3 and §4.1,
 * DOC 34348: 60007 "REST API call frequency exceeds the limit", 60018/60019 "Requests are too
 * frequent, try again later"). The docs do not say which one these APIs send, so all three count.
 */
export const FREQUENCY_LIMIT_CODES = [60007, 60018, 60019] as const;

/**
 * Every frequency-limit answer one recorded call received, one code per answer: the client
 * retries them (lib/client/retryPolicy.ts), so they show up in the entry's `retries` lines
 * (`attempt 1: ErrorCode 60007`) and, when the retries ran out, in its last response body.
 */
export function frequencyLimitCodes(entry: TranscriptEntry): number[] {
  const codes: number[] = [];
  for (const line of entry.retries ?? []) {
    const code = Number(/ErrorCode (\d+)/.exec(line)?.[1]);
    if (isFrequencyLimit(code)) codes.push(code);
  }
  if (entry.outcome === 'inconclusive' && entry.responseBody !== undefined) {
    const code = errorCodeOf(entry.responseBody);
    if (isFrequencyLimit(code)) codes.push(code);
  }
  return codes;
}

function isFrequencyLimit(code: number | undefined): code is number {
  return code !== undefined && (FREQUENCY_LIMIT_CODES as readonly number[]).includes(code);
}

function errorCodeOf(body: string): number | undefined {
  try {
    const parsed = JSON.parse(body) as { ErrorCode?: unknown };
    return typeof parsed.ErrorCode === 'number' ? parsed.ErrorCode : undefined;
  } catch {
    return undefined;
  }
}
