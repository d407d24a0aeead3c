import { compareObject, type CompareContext } from './compareAnswer';
import { formatValue } from './formatValue';
import type { Mismatch } from './types';

/**
 * Compares the union of the target's get_contact_group pages with the model's whole view of
 * one user (`expected`: the model's answer as a single page: every conversation it lists and
 * the group dictionary). The page size and the order are undocumented ("Page size
 * undocumented", notes §3.6; choice points getPageSize, itemOrder), so pages themselves are
 * not compared; a conversation listed twice, or a GroupId named two ways, is.
 */
export function compareWholeState(expected: Record<string, unknown>, pages: readonly Record<string, unknown>[], ctx: CompareContext): Mismatch | undefined {
  const actual = union(pages);
  if (actual.duplicate !== undefined) return { path: `ContactItem[${actual.duplicate}]`, expected: 'listed once across pages', actual: 'listed twice' };
  if (actual.groupConflict !== undefined) return { path: 'GroupItem', expected: 'one name per GroupId across pages', actual: actual.groupConflict };
  return compareObject(
    '',
    { ContactItem: asRecords(expected.ContactItem), GroupItem: asRecords(expected.GroupItem) },
    { ContactItem: actual.contacts, GroupItem: actual.groups },
    ctx,
  );
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
