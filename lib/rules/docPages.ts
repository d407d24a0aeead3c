/**
 * The public documentation pages the catalogue cites. Every page has the same id on
 * https://www.tencentcloud.com/document/product/1047/<id> (and on trtc.io/document/<id>), so a
 * reader can open the page a rule quotes. The text of each page a rule or a sentence cites is
 * vendored under docs/sources/ so the self-tests can check every quote in any clone; nothing
 * reads those files at run time.
 */

/** One public documentation page. */
export interface DocPage {
  /** The page id, e.g. 53439. */
  readonly id: number;
  /** The page title as published, e.g. `Updating Conversation Group Data`. */
  readonly title: string;
  /** The public URL. */
  readonly url: string;
  /** The vendored text, relative to the repository root; undefined when nothing cites the page yet. */
  readonly vendored?: string;
}

const BASE_URL = 'https://www.tencentcloud.com/document/product/1047/';

function page(id: number, title: string, slug?: string): DocPage {
  return Object.freeze({ id, title, url: `${BASE_URL}${id}`, ...(slug !== undefined && { vendored: `docs/sources/${id}-${slug}.txt` }) });
}

/**
 * The pages, by what they describe. The fixture APIs' titles are their paths: the suite only
 * relies on them, and the path is what a reader searches the documentation for.
 */
export const DOC_PAGES = Object.freeze({
  createContactGroup: page(53437, 'Creating Conversation Group Data', 'create_contact_group'),
  markContact: page(53438, 'Creating or Updating Conversation Mark Data', 'mark_contact'),
  updateContactGroup: page(53439, 'Updating Conversation Group Data', 'update_contact_group'),
  getContactGroup: page(53440, 'Pulling Conversation Group Mark Data', 'get_contact_group'),
  delContactGroup: page(53441, 'Deleting Conversation Group Data', 'del_contact_group'),
  searchContactGroup: page(53442, 'Searching for Conversation Group Marks', 'search_contact_group'),
  restOverview: page(34620, 'RESTful API Overview'),
  errorCodes: page(34348, 'Error Codes', 'error-codes'),
  generatingUserSig: page(34385, 'Generating UserSig'),
  accountImport: page(34953, 'v4/im_open_login_svc/account_import'),
  multiaccountImport: page(34954, 'v4/im_open_login_svc/multiaccount_import', 'multiaccount_import'),
  accountDelete: page(34955, 'v4/im_open_login_svc/account_delete', 'account_delete'),
  accountCheck: page(34956, 'v4/im_open_login_svc/account_check', 'account_check'),
  createGroup: page(34895, 'v4/group_open_http_svc/create_group', 'create_group'),
  destroyGroup: page(34896, 'v4/group_open_http_svc/destroy_group', 'destroy_group'),
});

/** Every known page. */
export const ALL_DOC_PAGES: readonly DocPage[] = Object.freeze(Object.values(DOC_PAGES));

/** The known page with this URL, or undefined. */
export function docPageByUrl(url: string): DocPage | undefined {
  return ALL_DOC_PAGES.find((p) => p.url === url);
}
