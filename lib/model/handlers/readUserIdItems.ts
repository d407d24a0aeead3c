import { arrayField, field, isObject, type JsonObject } from '../bodyReaders';

/** "≤ 100" items per call (account_delete, account_check; notes §7.3, §7.4). */
const MAX_ITEMS = 100;

/**
 * Reads `{[listName]: [{UserID}]}` (account_delete DeleteItem, account_check CheckItem):
 * 1..100 entries, each with a string UserID. Undefined for any other shape.
 */
export function readUserIdItems(body: unknown, listName: string): string[] | undefined {
  if (!isObject(body)) return undefined;
  const items = arrayField(body, listName);
  if (items === undefined || items.length === 0 || items.length > MAX_ITEMS) return undefined;
  const ids: string[] = [];
  for (const item of items) {
    const id = isObject(item) ? field(item as JsonObject, 'UserID') : undefined;
    if (typeof id !== 'string') return undefined;
    ids.push(id);
  }
  return ids;
}
