import { field, isObject, nonEmptyString } from './bodyReaders';
import type { ContactItem } from './types';

/**
 * Reads a ContactItem: `{Type:1, To_Account}` or `{Type:2, ToGroupId}`
 * (search_contact_group.txt: "ToGroupId ... Assign value only for Group conversation";
 * "To_Account ... Assign value only for One-to-one conversation"). Returns the canonical
 * item with only those two fields, or undefined for any other shape (→ 50002).
 */
export function readContactItem(value: unknown): ContactItem | undefined {
  if (!isObject(value)) return undefined;
  const type = field(value, 'Type');
  if (type === 1) {
    const account = nonEmptyString(value, 'To_Account');
    return account === undefined ? undefined : { Type: 1, To_Account: account };
  }
  if (type === 2) {
    const groupId = nonEmptyString(value, 'ToGroupId');
    return groupId === undefined ? undefined : { Type: 2, ToGroupId: groupId };
  }
  return undefined;
}
