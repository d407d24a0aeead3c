/**
 * The REST APIs this suite talks to, named by their `{service}/{command}` path
 * (the part after `v4/` in `POST https://{domain}/v4/{service}/{command}`,
 * tencent-chat-api-notes.md §1.1).
 *
 * The four endpoints under test come first; the rest are the sibling endpoints
 * the suite uses to build and read state.
 */
export const API_PATHS = [
  'recentcontact/update_contact_group',
  'recentcontact/search_contact_group',
  'recentcontact/del_contact_group',
  'recentcontact/mark_contact',
  'recentcontact/create_contact_group',
  'recentcontact/get_contact_group',
  'im_open_login_svc/account_import',
  'im_open_login_svc/multiaccount_import',
  'im_open_login_svc/account_delete',
  'im_open_login_svc/account_check',
  'group_open_http_svc/create_group',
  'group_open_http_svc/destroy_group',
] as const;

/** One API, as `{service}/{command}`. */
export type ApiPath = (typeof API_PATHS)[number];

/** The four endpoints whose documented behaviour the suite checks. */
export const ENDPOINTS_UNDER_TEST: readonly ApiPath[] = API_PATHS.slice(0, 4);

/** True when `path` names an API this suite knows. */
export function isApiPath(path: string): path is ApiPath {
  return (API_PATHS as readonly string[]).includes(path);
}

/**
 * Documented maximum call frequency per API, in calls per second
 * ("Maximum call frequency: 200 calls per second"; account_check: "100 times/second",
 * tencent-chat-api-notes.md §1.3).
 */
export function documentedRatePerSecond(api: ApiPath): number {
  return api === 'im_open_login_svc/account_check' ? 100 : 200;
}

/** The OpenAPI operationId of an API: its command, e.g. `update_contact_group`. */
export function operationIdOf(api: ApiPath): string {
  return api.slice(api.indexOf('/') + 1);
}
