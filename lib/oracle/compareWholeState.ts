import { applyRequest } from '../model/applyRequest';
import type { ChoiceName, ModelConfig, ModelState } from '../model/types';
import { compareObject } from './compareAnswer';
import { formatValue } from './formatValue';
import type { GroupIdMap } from './GroupIdMap';
import type { TimestampLedger } from './TimestampLedger';
import type { Mismatch } from './types';

/** Pages read from the model before giving up on a cursor that does not advance. */
const MAX_MODEL_PAGES = 1000;

/** Inputs of compareWholeState; `ids` and `stamps` are forks it may update. */
export interface WholeStateInput {
  readonly state: ModelState;
  readonly config: ModelConfig;
  readonly user: string;
  /** The target's get_contact_group answers, first page first. */
  readonly pages: readonly Record<string, unknown>[];
  readonly ids: GroupIdMap;
  readonly stamps: TimestampLedger;
  readonly now: number;
}

/**
 * Compares the union of the target's get_contact_group pages with the union of the
 * model's, for one user: every conversation (by ContactItem), and the group dictionary.
 * The page size and order are undocumented ("Page size undocumented", notes §3.6), so the
 * pages themselves are not compared; a conversation listed twice is.
 */
export function compareWholeState(input: WholeStateInput): { mismatch: Mismatch | undefined; consulted: ReadonlySet<ChoiceName> } {
  const consulted = new Set<ChoiceName>();
  return { mismatch: compareUnions(input, consulted), consulted };
}

function compareUnions(input: WholeStateInput, consulted: Set<ChoiceName>): Mismatch | undefined {
  const expected = union(modelPages(input, consulted));
  const actual = union(input.pages);
  if (actual.duplicate !== undefined) return { path: `ContactItem[${actual.duplicate}]`, expected: 'listed once across pages', actual: 'listed twice' };
  if (actual.groupConflict !== undefined) return { path: 'GroupItem', expected: 'one name per GroupId across pages', actual: actual.groupConflict };
  return compareObject(
    '',
    { ContactItem: expected.contacts, GroupItem: expected.groups },
    { ContactItem: actual.contacts, GroupItem: actual.groups },
    { user: input.user, ids: input.ids, stamps: input.stamps, markOrder: input.config.choices.standardMarkBitOrder },
  );
}

function modelPages(input: WholeStateInput, consulted: Set<ChoiceName>): Record<string, unknown>[] {
  const pages: Record<string, unknown>[] = [];
  let start: unknown = 0;
  for (let i = 0; i < MAX_MODEL_PAGES; i++) {
    const body = { From_Account: input.user, StartIndex: start };
    const result = applyRequest(input.state, { api: 'recentcontact/get_contact_group', body, now: input.now }, input.config);
    for (const name of result.consulted) consulted.add(name);
    const page = result.response as Record<string, unknown>;
    pages.push(page);
    if (page.ActionStatus !== 'OK' || page.CompleteFlag !== 0 || page.NextStartIndex === start) break;
    start = page.NextStartIndex;
  }
  return pages;
}

interface Union {
  contacts: Record<string, unknown>[];
  groups: Record<string, unknown>[];
  duplicate?: string;
  groupConflict?: string;
}

function union(pages: readonly Record<string, unknown>[]): Union {
  const out: Union = { contacts: [], groups: [] };
  const contactKeys = new Set<string>();
  const groupNames = new Map<unknown, unknown>();
  for (const page of pages) {
    for (const item of asRecords(page.ContactItem)) {
      const key = item.Type === 1 ? `c2c:${String(item.To_Account)}` : `group:${String(item.ToGroupId)}`;
      if (contactKeys.has(key)) out.duplicate ??= key;
      contactKeys.add(key);
      out.contacts.push(item);
    }
    for (const group of asRecords(page.GroupItem)) {
      if (!groupNames.has(group.GroupId)) {
        groupNames.set(group.GroupId, group.GroupName);
        out.groups.push(group);
      } else if (groupNames.get(group.GroupId) !== group.GroupName) {
        out.groupConflict ??= `GroupId ${formatValue(group.GroupId)} named ${formatValue(groupNames.get(group.GroupId))} and ${formatValue(group.GroupName)}`;
      }
    }
  }
  return out;
}

function asRecords(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)) : [];
}
