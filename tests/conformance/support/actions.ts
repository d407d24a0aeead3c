/**
 * The request shapes of the four endpoints and their siblings, as small builders
 * over the `call` fixture, so specs read as the documented flows
 * (update_contact_group.page.txt, mark_contact.txt, search_contact_group.txt,
 * del_contact_group.txt, notes §3.1 and §3.6). The valid-request builders are typed with
 * the spec's own request types (lib/spec/apiTypes.ts), so they cannot drift from it;
 * `markContacts` stays loose on purpose: tests send undocumented OptTypes through it.
 */
import type { ApiPath } from '../../../lib/apis';
import type { CallOptions, Envelope } from '../../../lib/client/types';
import type { RequestOf } from '../../../lib/spec/apiTypes';
import type { Contact } from './contacts';
import { sameContact } from './contacts';
import { failPrecondition, preconditionHeld } from './failPrecondition';

/** The `call` fixture's signature. */
export type Call = (api: ApiPath, body: unknown, options?: CallOptions) => Promise<Envelope>;

/** One MarkItem. */
export interface MarkItem {
  OptType: number;
  ContactItem: Contact;
  SetMark?: number[];
  ClearMark?: number[];
  CustomMark?: string;
}

/** A read item: search ContactResultItem or get ContactItem. */
export type ReadItem = Record<string, unknown> & { StandardMark?: string; CustomMark?: string; ContactGroupId?: number[]; Timestamp?: number };

/** create_contact_group with one GroupContactItem (notes §3.1: "Only one conversation group can be added at a time"). */
export function createGroup(call: Call, user: string, name: string, contacts: Contact[] = [], options?: CallOptions): Promise<Envelope> {
  const body = { From_Account: user, GroupContactItem: [{ GroupName: name, ...(contacts.length > 0 && { ContactItem: contacts }) }] } satisfies RequestOf<'create_contact_group'>;
  return call('recentcontact/create_contact_group', body, options);
}

/** The GroupId create_contact_group answered, or undefined. */
export function createdGroupId(body: Envelope): number | undefined {
  const id = (body.GroupResultItem as { GroupItem?: { GroupId?: unknown } }[] | undefined)?.[0]?.GroupItem?.GroupId;
  return typeof id === 'number' ? id : undefined;
}

/** Creates a group and returns its id; throws (fixture failure) when the target refuses. */
export async function createGroupId(call: Call, user: string, name: string, contacts: Contact[] = []): Promise<number> {
  const body = await createGroup(call, user, name, contacts);
  const id = createdGroupId(body);
  if (body.ErrorCode !== 0 || id === undefined) {
    return failPrecondition('create.creates-group', `create_contact_group "${name}" to answer OK with a GroupId`, `ErrorCode ${body.ErrorCode} ${body.ErrorInfo}`);
  }
  preconditionHeld('create.creates-group');
  return id;
}

/** update_contact_group UpdateGroupType 1: rename. */
export function renameGroup(call: Call, user: string, oldName: string, newName: string, options?: CallOptions): Promise<Envelope> {
  const body = { From_Account: user, UpdateType: 1, UpdateGroup: { UpdateGroupType: 1, OldGroupName: oldName, NewGroupName: newName } } satisfies RequestOf<'update_contact_group'>;
  return call('recentcontact/update_contact_group', body, options);
}

/** update_contact_group UpdateGroupType 2: ContactOptType 1 = add, 2 = remove. */
export function updateContacts(call: Call, user: string, groupName: string, items: { op: 1 | 2; contact: Contact }[], options?: CallOptions): Promise<Envelope> {
  const body = {
    From_Account: user,
    UpdateType: 1,
    UpdateGroup: { UpdateGroupType: 2, OldGroupName: groupName, ContactUpdateItem: items.map((i) => ({ ContactOptType: i.op, ContactItem: i.contact })) },
  } satisfies RequestOf<'update_contact_group'>;
  return call('recentcontact/update_contact_group', body, options);
}

/** mark_contact. */
export function markContacts(call: Call, user: string, items: MarkItem[], options?: CallOptions): Promise<Envelope> {
  return call('recentcontact/mark_contact', { From_Account: user, MarkItem: items }, options);
}

/** del_contact_group of one group. */
export function deleteGroup(call: Call, user: string, name: string, options?: CallOptions): Promise<Envelope> {
  const body = { From_Account: user, GroupName: [name] } satisfies RequestOf<'del_contact_group'>;
  return call('recentcontact/del_contact_group', body, options);
}

/** search_contact_group. */
export function searchContacts(call: Call, user: string, contacts: Contact[], options?: CallOptions): Promise<Envelope> {
  const body = { From_Account: user, ContactItem: contacts } satisfies RequestOf<'search_contact_group'>;
  return call('recentcontact/search_contact_group', body, options);
}

/** The search result item for `contact`, or undefined when the answer has none. */
export function searchItem(body: Envelope, contact: Contact): ReadItem | undefined {
  const items = Array.isArray(body.ContactResultItem) ? (body.ContactResultItem as ReadItem[]) : [];
  return items.find((item) => sameContact(item, contact));
}

/** The item for `contact` in a list of read items. */
export function findItem(items: readonly Record<string, unknown>[], contact: Contact): ReadItem | undefined {
  return items.find((item) => sameContact(item, contact)) as ReadItem | undefined;
}

/** ContactGroupId of an item, sorted; [] when absent (notes §2.2: "Absent fields are omitted"). */
export function groupIdsOf(item: ReadItem | undefined): number[] {
  return [...(item?.ContactGroupId ?? [])].sort((a, b) => a - b);
}

/** Marks `count` conversations (OptType 1, bit `bit`) in batches of 100 (mark_contact.txt: "up to 100"). */
export async function markMany(call: Call, user: string, contacts: Contact[], options: { bit?: number } = {}): Promise<void> {
  for (let i = 0; i < contacts.length; i += 100) {
    const body = await markContacts(call, user, contacts.slice(i, i + 100).map((c) => ({ OptType: 1, ContactItem: c, SetMark: [options.bit ?? 5] })));
    if (body.ErrorCode !== 0) await failPrecondition('mark.batch-at-limit', `marking conversations ${i}..${i + 99} (a batch of up to 100) to answer OK`, `ErrorCode ${body.ErrorCode} ${body.ErrorInfo}`);
  }
  if (contacts.length > 0) preconditionHeld('mark.batch-at-limit');
}
