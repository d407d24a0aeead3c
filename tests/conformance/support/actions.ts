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
import { answeredAfterRetry } from './answeredAfterRetry';
import { failPrecondition, preconditionHeld } from './failPrecondition';
import { readAllPages } from './readAllPages';
import type { UserState } from './readAllPages';
import { writeTookEffect } from './writeTookEffect';
import type { WriteOutcome } from './writeTookEffect';

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

/**
 * A create judged as a write (writeTookEffect.ts), with the new group's id. An answer after
 * retries that is not OK (the duplicate-name rejection of the group the first attempt created,
 * a 51010 once that group filled the quota, or any code) counts as done when the group and its
 * conversations read back, and the id then comes from the read-back.
 */
export async function createGroupDone(call: Call, user: string, name: string, contacts: Contact[] = []): Promise<WriteOutcome & { id: number | undefined }> {
  const answer = await createGroup(call, user, name, contacts);
  let id = createdGroupId(answer);
  const outcome = await writeTookEffect('recentcontact/create_contact_group', answer, async () => {
    const state = await readState(call, user);
    const found = state?.groups.find((group) => group.GroupName === name)?.GroupId;
    if (state === undefined || found === undefined) return false;
    id = found;
    return contacts.every((contact) => groupIdsOf(findItem(state.contacts, contact)).includes(found));
  });
  return { ...outcome, id: outcome.done ? id : undefined };
}

/** Creates a group and returns its id (createGroupDone); fails the test against `create.creates-group` when it was not created. */
export async function createGroupId(call: Call, user: string, name: string, contacts: Contact[] = []): Promise<number> {
  const created = await createGroupDone(call, user, name, contacts);
  if (created.id === undefined) {
    return failPrecondition('create.creates-group', `create_contact_group "${name}" to answer OK with a GroupId`, created.done ? 'no GroupId in the answer' : created.seen);
  }
  preconditionHeld('create.creates-group');
  return created.id;
}

/** A user's whole state read through get_contact_group, or undefined when a page fails. */
export async function readState(call: Call, user: string): Promise<UserState | undefined> {
  const read = await readAllPages((page) => call('recentcontact/get_contact_group', page), user);
  return read.ok ? read.state : undefined;
}

/** update_contact_group UpdateGroupType 1: rename. */
export function renameGroup(call: Call, user: string, oldName: string, newName: string, options?: CallOptions): Promise<Envelope> {
  const body = { From_Account: user, UpdateType: 1, UpdateGroup: { UpdateGroupType: 1, OldGroupName: oldName, NewGroupName: newName } } satisfies RequestOf<'update_contact_group'>;
  return call('recentcontact/update_contact_group', body, options);
}

/** A rename judged as a write (writeTookEffect.ts): after retries, done when `newName` and no `oldName` read back. */
export async function renameGroupDone(call: Call, user: string, oldName: string, newName: string): Promise<WriteOutcome> {
  const answer = await renameGroup(call, user, oldName, newName);
  return writeTookEffect('recentcontact/update_contact_group', answer, async () => {
    const names = (await readState(call, user))?.groups.map((group) => group.GroupName);
    return names !== undefined && names.includes(newName) && !names.includes(oldName);
  });
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

/**
 * An add/remove judged as a write (writeTookEffect.ts): after retries, done when every added
 * conversation reads back in the group and every removed one does not. A re-add or a remove of a
 * non-member may fail on the repeat (reAddMember / removeNonMember, lib/model/choicePoints.ts).
 */
export async function updateContactsDone(call: Call, user: string, groupName: string, items: { op: 1 | 2; contact: Contact }[]): Promise<WriteOutcome> {
  const answer = await updateContacts(call, user, groupName, items);
  return writeTookEffect('recentcontact/update_contact_group', answer, async () => {
    const state = await readState(call, user);
    const id = state?.groups.find((group) => group.GroupName === groupName)?.GroupId;
    if (state === undefined || id === undefined) return false;
    return items.every((item) => groupIdsOf(findItem(state.contacts, item.contact)).includes(id) === (item.op === 1));
  });
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

/** A delete judged as a write (writeTookEffect.ts): after retries (a repeat meets 51009), done when the name is gone. */
export async function deleteGroupDone(call: Call, user: string, name: string): Promise<WriteOutcome> {
  const answer = await deleteGroup(call, user, name);
  return writeTookEffect('recentcontact/del_contact_group', answer, async () => {
    const names = (await readState(call, user))?.groups.map((group) => group.GroupName);
    return names !== undefined && !names.includes(name);
  });
}

/**
 * Destroys a chat group the test made (destroy_group, notes §7.6). A repeat after a lost answer
 * meets the group already gone (10010/10015, notes §4.3): done all the same. A fixture step, so a
 * refusal is a plain error, not a rule of ours.
 */
export async function destroyChatGroup(call: Call, groupId: string): Promise<void> {
  const answer = await call('group_open_http_svc/destroy_group', { GroupId: groupId });
  if (answer.ErrorCode === 0 || (answeredAfterRetry(answer) && [10010, 10015].includes(answer.ErrorCode))) return;
  throw new Error(`fixture: destroy_group ${groupId} failed: ErrorCode ${answer.ErrorCode} ${answer.ErrorInfo}`);
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
