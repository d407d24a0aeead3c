import type { CallStep, ReadAllStep } from '../Probe';

/** A symbolic conversation: `c2c('{u0}p1')`, `group('{g0}')`. Shapes of notes §2.2. */
type Contact = { Type: 1; To_Account: string } | { Type: 2; ToGroupId: string };

const UPDATE = 'recentcontact/update_contact_group';

/**
 * Builders of the symbolic steps the probes are written in: one per request shape of the
 * documents (update_contact_group.page.txt, del_contact_group.txt, mark_contact.txt,
 * search_contact_group.txt, notes §3.1 and §3.6). `u` is a user token (`{u0}`), names are
 * literal, peers of `{u0}` are `{u0}p<n>` (never imported: "Conversation grouping and
 * Conversation Marking operate independently from the recent contacts list").
 */
export const steps = {
  c2c: (account: string): Contact => ({ Type: 1, To_Account: account }),
  group: (groupId: string): Contact => ({ Type: 2, ToGroupId: groupId }),
  /** `count` peers of `u` from `{u}p<from>` on. */
  peers: (u: string, count: number, from = 0): Contact[] => Array.from({ length: count }, (_, i) => steps.c2c(`${u}p${from + i}`)),

  create: (u: string, name: string, contacts: readonly Contact[] = []): CallStep => ({
    title: `create ${JSON.stringify(name)}${contacts.length ? ` with ${describe(contacts)}` : ''}`,
    api: 'recentcontact/create_contact_group',
    body: { From_Account: u, GroupContactItem: [{ GroupName: name, ...(contacts.length > 0 && { ContactItem: contacts }) }] },
  }),
  rename: (u: string, from: string, to: string): CallStep => ({
    title: `rename ${JSON.stringify(from)} to ${JSON.stringify(to.length > 20 ? `${to.slice(0, 8)}…(${Buffer.byteLength(to)} bytes)` : to)}`,
    api: UPDATE,
    body: { From_Account: u, UpdateType: 1, UpdateGroup: { UpdateGroupType: 1, OldGroupName: from, NewGroupName: to } },
  }),
  /** ContactOptType 1 (add) or 2 (remove) for each contact. */
  update: (u: string, name: string, op: 1 | 2, contacts: readonly Contact[]): CallStep => ({
    title: `${op === 1 ? 'add' : 'remove'} ${describe(contacts)} ${op === 1 ? 'to' : 'from'} ${JSON.stringify(name)}`,
    api: UPDATE,
    body: { From_Account: u, UpdateType: 1, UpdateGroup: { UpdateGroupType: 2, OldGroupName: name, ContactUpdateItem: contacts.map((ContactItem) => ({ ContactOptType: op, ContactItem })) } },
  }),
  del: (u: string, names: readonly string[]): CallStep => ({
    title: `delete ${names.map((n) => JSON.stringify(n)).join(' and ')}`,
    api: 'recentcontact/del_contact_group',
    body: { From_Account: u, GroupName: names },
  }),
  /** One mark_contact call; each item as given (OptType, SetMark, ClearMark, CustomMark). */
  mark: (u: string, items: readonly { contact: Contact; opt?: 1 | 2 | 3; set?: number[]; clear?: number[]; custom?: string }[]): CallStep => ({
    title: `mark ${items.map((i) => `${describe([i.contact])}${i.set?.length ? ` set ${i.set.join(',')}` : ''}${i.clear?.length ? ` clear ${i.clear.join(',')}` : ''}${i.custom !== undefined ? ` custom(${Buffer.byteLength(i.custom)} bytes)` : ''}`).join('; ')}`,
    api: 'recentcontact/mark_contact',
    body: {
      From_Account: u,
      MarkItem: items.map((i) => ({ OptType: i.opt ?? 1, ContactItem: i.contact, ...(i.set && { SetMark: i.set }), ...(i.clear && { ClearMark: i.clear }), ...(i.custom !== undefined && { CustomMark: i.custom }) })),
    },
  }),
  search: (u: string, contacts: readonly Contact[]): CallStep => ({
    title: `search ${describe(contacts)}`,
    api: 'recentcontact/search_contact_group',
    body: { From_Account: u, ContactItem: contacts },
  }),
  /** One get_contact_group page from StartIndex 0. */
  firstPage: (u: string): CallStep => ({ title: 'get_contact_group first page', api: 'recentcontact/get_contact_group', body: { From_Account: u, StartIndex: 0 } }),
  readAll: (user: number): ReadAllStep => ({ title: `read all pages of {u${user}}`, readAll: user }),
};

function describe(contacts: readonly Contact[]): string {
  const named = contacts.slice(0, 3).map((c) => (c.Type === 1 ? c.To_Account : c.ToGroupId));
  return contacts.length > 3 ? `${contacts.length} conversations (${named.join(', ')}, …)` : named.join(', ');
}
