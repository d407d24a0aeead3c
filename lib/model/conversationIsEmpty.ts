import type { ConversationRecord } from './types';

/**
 * True when a conversation has no group, no standard mark and no custom mark. Such a
 * conversation holds no data, so it is dropped from state and stops counting toward
 * the 1000-conversation cap ("Session tags and session custom fields have a combined
 * upper limit of 1000 sessions", update_contact_group.page.txt).
 */
export function conversationIsEmpty(record: ConversationRecord): boolean {
  return record.groupIds.length === 0 && record.standardMark === 0n && record.customMark === undefined;
}
