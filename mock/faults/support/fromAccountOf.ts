import { isRecord } from './isRecord';

/** The request's `From_Account` when it is a string (every recentcontact request has one, notes §3). */
export function fromAccountOf(body: unknown): string | undefined {
  if (!isRecord(body)) return undefined;
  const from = body['From_Account'];
  return typeof from === 'string' ? from : undefined;
}
