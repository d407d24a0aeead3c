import type { applyRequest } from '../model/applyRequest';

type ModelRequestLike = Parameters<typeof applyRequest>[1];

/**
 * A judged answer, kept so the oracle can replay the run under other choices: a call with
 * the target's answer, or a whole-state read-back (all get_contact_group pages of a user).
 */
export type HistoryEntry =
  | { readonly kind: 'call'; readonly user: string; readonly request: ModelRequestLike; readonly actual: Record<string, unknown> }
  | { readonly kind: 'state'; readonly user: string; readonly pages: readonly Record<string, unknown>[]; readonly now: number };

/** The target's answer an entry holds (a read-back's first page). */
export function entryActual(entry: HistoryEntry): Record<string, unknown> {
  return entry.kind === 'call' ? entry.actual : (entry.pages[0] ?? {});
}

/** From_Account of a request body, or '' when it has none. */
export function fromAccountOf(body: unknown): string {
  const from = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).From_Account : undefined;
  return typeof from === 'string' ? from : '';
}
