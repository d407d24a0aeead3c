import type { ContactItem, ContactKey } from './types';

/**
 * Stable map key of a conversation: `c2c:{To_Account}` or `group:{ToGroupId}`.
 * Type 1 is one-to-one, Type 2 a group conversation (search_contact_group.txt:
 * "1: One-to-one conversation. 2: Group conversation.").
 */
export function contactKeyOf(item: ContactItem): ContactKey {
  return (item.Type === 1 ? `c2c:${item.To_Account}` : `group:${item.ToGroupId}`) as ContactKey;
}
