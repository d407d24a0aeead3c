import type { ApiPath } from '../../../lib/apis';
import { isRecord } from './isRecord';

/**
 * The conversation items of a read answer, as mutable objects: search_contact_group's
 * `ContactResultItem` and get_contact_group's `ContactItem` (notes §3.4, §3.6).
 * Empty for any other API or shape.
 */
export function readItemsOf(response: Record<string, unknown>, api: ApiPath): Record<string, unknown>[] {
  const field = api === 'recentcontact/search_contact_group' ? 'ContactResultItem' : api === 'recentcontact/get_contact_group' ? 'ContactItem' : undefined;
  if (field === undefined) return [];
  const items = response[field];
  return Array.isArray(items) ? items.filter(isRecord) : [];
}

/** The `GroupItem` dictionary of a read answer (notes §3.4 "GroupItem[] = the user's group dictionary"). */
export function readGroupItemsOf(response: Record<string, unknown>): Record<string, unknown>[] {
  const items = response['GroupItem'];
  return Array.isArray(items) ? items.filter(isRecord) : [];
}
