/**
 * Sorts one HTTP attempt into a final answer (answered / malformed) or a
 * failure that the retry policy may repeat.
 */
import { isRetryable } from './retryPolicy';
import type { AttemptResult } from './retryPolicy';
import type { HttpAttempt } from './sendOnce';
import type { Envelope } from './types';

/** One attempt, classified. */
export type Classified =
  | { final: true; outcome: 'answered'; status: number; body: Envelope; raw: string }
  | { final: true; outcome: 'malformed'; status: number; raw: string; reason: string }
  | { final: false; result: AttemptResult; reason: string; status?: number; raw?: string };

/** Sorts one HTTP attempt into a final answer or a retryable failure. */
export function classifyAttempt(attempt: HttpAttempt): Classified {
  if (attempt.kind === 'timeout') return { final: false, result: { kind: 'timeout' }, reason: `timeout after ${attempt.afterMs} ms` };
  if (attempt.kind === 'network') return { final: false, result: { kind: 'network', code: attempt.code }, reason: `network error ${attempt.code}` };
  const { status, body: raw } = attempt;
  if (status >= 500) return { final: false, result: { kind: 'http', status }, reason: `HTTP ${status}`, status, raw };
  // tencent-chat-api-notes.md §1.2: "The returned HTTP status code for this API is always 200 unless a network error … occurs."
  if (status !== 200) return { final: true, outcome: 'malformed', status, raw, reason: `HTTP ${status}, expected 200` };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { final: true, outcome: 'malformed', status, raw, reason: 'response body is not JSON' };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { final: true, outcome: 'malformed', status, raw, reason: 'response body is not a JSON object' };
  }
  const body = parsed as Envelope;
  if (typeof body.ErrorCode === 'number' && isRetryable({ kind: 'envelope', errorCode: body.ErrorCode })) {
    return { final: false, result: { kind: 'envelope', errorCode: body.ErrorCode }, reason: `ErrorCode ${body.ErrorCode}`, status, raw };
  }
  return { final: true, outcome: 'answered', status, body, raw };
}
