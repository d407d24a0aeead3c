import type { ApiPath } from '../../../lib/apis';

/** The two read APIs whose answers show groups and conversations (notes §3.4, §3.6). */
export function isRead(api: ApiPath): boolean {
  return api === 'recentcontact/search_contact_group' || api === 'recentcontact/get_contact_group';
}

/** The six conversation-group APIs (`recentcontact/*`). */
export function isRecentContact(api: ApiPath | undefined): boolean {
  return api !== undefined && api.startsWith('recentcontact/');
}
