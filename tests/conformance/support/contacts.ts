/**
 * ContactItem builders and lookups (tencent-chat-api-notes.md §2.2: Type 1 = C2C with
 * To_Account, Type 2 = group with ToGroupId).
 */

/** A conversation as the requests name it. */
export type Contact = { Type: 1; To_Account: string } | { Type: 2; ToGroupId: string };

/** A one-to-one conversation with `peer`. */
export function c2c(peer: string): Contact {
  return { Type: 1, To_Account: peer };
}

/** The group conversation of chat group `groupId`. */
export function groupChat(groupId: string): Contact {
  return { Type: 2, ToGroupId: groupId };
}

/** True when a response item (search ContactResultItem, get ContactItem, ResultItem.ContactItem) names `contact`. */
export function sameContact(item: unknown, contact: Contact): boolean {
  if (typeof item !== 'object' || item === null) return false;
  const record = item as Record<string, unknown>;
  if (record.Type !== contact.Type) return false;
  return contact.Type === 1 ? record.To_Account === contact.To_Account : record.ToGroupId === contact.ToGroupId;
}

/** `c2c:peer` / `group:id`, for messages and duplicate checks. */
export function contactLabel(item: unknown): string {
  const record = (item ?? {}) as Record<string, unknown>;
  return record.Type === 2 ? `group:${String(record.ToGroupId)}` : `c2c:${String(record.To_Account)}`;
}

/** `count` distinct C2C conversations with peers `${prefix}p0..`. The peers need not exist (notes §2.1: grouping is independent of the contact list). */
export function manyContacts(prefix: string, count: number, options: { from?: number } = {}): Contact[] {
  const from = options.from ?? 0;
  return Array.from({ length: count }, (_, i) => c2c(`${prefix}p${from + i}`));
}
