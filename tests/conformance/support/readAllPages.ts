/**
 * Reads a user's whole conversation-group state through get_contact_group, page by
 * page (tencent-chat-api-notes.md §3.6: "Enter 0 for the first pull and enter the
 * value of NextStartIndex returned last time"; CompleteFlag 1 = done [INF]).
 */
import type { Envelope } from '../../../lib/client/types';

/** A user's state as the paged reads returned it. */
export interface UserState {
  /** Every ContactItem of every page, in the order received. */
  contacts: Record<string, unknown>[];
  /** GroupItem of the last page (the user's group dictionary). */
  groups: { GroupName: string; GroupId: number }[];
  /** Number of pages read. */
  pages: number;
  /** The StartIndex each page was asked with. */
  startIndexes: number[];
}

/** Fetches one page: get_contact_group for `user` from `startIndex`. */
export type PageFetcher = (body: { From_Account: string; StartIndex: number }) => Promise<Envelope>;

/** @defaultValue 200 pages: far more than 1000 conversations need at any sane page size. */
const MAX_PAGES = 200;

/**
 * All pages until CompleteFlag 1. Returns an error line instead of looping when
 * the target answers FAIL, stops advancing, or never completes.
 */
export async function readAllPages(fetchPage: PageFetcher, user: string): Promise<{ ok: true; state: UserState } | { ok: false; error: string }> {
  const state: UserState = { contacts: [], groups: [], pages: 0, startIndexes: [] };
  let startIndex = 0;
  for (let page = 0; page < MAX_PAGES; page++) {
    state.startIndexes.push(startIndex);
    const body = await fetchPage({ From_Account: user, StartIndex: startIndex });
    if (body.ErrorCode !== 0) return { ok: false, error: `get_contact_group page ${page} (StartIndex ${startIndex}) failed: ErrorCode ${body.ErrorCode} ${body.ErrorInfo}` };
    state.pages++;
    const items = Array.isArray(body.ContactItem) ? (body.ContactItem as Record<string, unknown>[]) : [];
    state.contacts.push(...items);
    if (Array.isArray(body.GroupItem)) state.groups = body.GroupItem as UserState['groups'];
    if (body.CompleteFlag === 1) return { ok: true, state };
    const next = body.NextStartIndex;
    if (typeof next !== 'number' || next <= startIndex) {
      return { ok: false, error: `get_contact_group page ${page}: CompleteFlag ${JSON.stringify(body.CompleteFlag)} but NextStartIndex ${JSON.stringify(next)} does not advance from ${startIndex}` };
    }
    startIndex = next;
  }
  return { ok: false, error: `get_contact_group never answered CompleteFlag 1 within ${MAX_PAGES} pages` };
}
