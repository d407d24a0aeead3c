import { contactKeyOf } from './contactKeyOf';
import { conversationIsEmpty } from './conversationIsEmpty';
import { g2cPermission } from './g2cPermission';
import type { HandlerContext } from './HandlerContext';
import type { ItemFailure } from './itemFailure';
import type { ContactGroup, ContactItem, ContactKey, ConversationRecord, ModelState, UserRecord } from './types';

/**
 * Which 51007 check a conversation change makes for a group conversation of a chat group
 * the user is not in: always (adding it to a group), or as a choice point decides (removing
 * it: g2cCheckOnRemove; marking it: g2cCheckOnMark). A missing or destroyed chat group is
 * always 51007.
 */
export type G2cCheck = 'always' | 'g2cCheckOnRemove' | 'g2cCheckOnMark';

/**
 * A private working copy of one user for a write call. It copies the user's group
 * list and conversation map once (structural sharing: other users and the records
 * themselves are shared), is mutated freely by the handler, and becomes a new state
 * only through `commit`. A handler that fails simply drops it, so failures change nothing.
 */
export class UserDraft {
  private readonly groups: ContactGroup[];
  private readonly conversations: Map<ContactKey, ConversationRecord>;
  private nextGroupId: number;
  /** Cache of conversationsWithData(), kept up to date by store(). */
  private withData: number | undefined;

  constructor(
    private readonly state: ModelState,
    private readonly user: UserRecord,
    private readonly ctx: HandlerContext,
  ) {
    this.groups = [...user.groups];
    this.conversations = new Map(user.conversations);
    this.nextGroupId = user.nextGroupId;
  }

  /** Number of groups the user has now. */
  get groupCount(): number {
    return this.groups.length;
  }

  /**
   * The group with this name. When a rename under `renameOntoExisting: 'allow'` left several,
   * which one is addressed is the choice point `sameNameGroup` (groups are kept sorted by id).
   */
  groupByName(name: string): ContactGroup | undefined {
    const matches = this.groups.filter((group) => group.name === name);
    return matches.length <= 1 ? matches[0] : this.ctx.pick('sameNameGroup', matches);
  }

  /**
   * Allocates a GroupId (undocumented, notes §2.3: "reuse after deletion unknown"):
   * `'reuse-lowest'` = smallest free id ≥ 1, `'monotonic'` = never reused for this user.
   * The choice is consulted only when the two would give different ids.
   */
  allocateGroupId(): number {
    const used = new Set(this.groups.map((group) => group.id));
    let lowest = 1;
    while (used.has(lowest)) lowest++;
    const monotonic = Math.max(this.nextGroupId, 1);
    let id = lowest;
    if (lowest !== monotonic) {
      id = this.ctx.choice('groupIdAllocation') === 'monotonic' ? monotonic : lowest;
    }
    this.nextGroupId = Math.max(this.nextGroupId, id + 1);
    return id;
  }

  /** Adds a group, keeping the list sorted by id. */
  addGroup(group: ContactGroup): void {
    this.groups.push(group);
    this.groups.sort((a, b) => a.id - b.id);
  }

  /** Renames a group in place: the GroupId is kept (the rename sample returns "GroupId": 1 for the renamed group). */
  renameGroup(id: number, name: string): void {
    const index = this.groups.findIndex((group) => group.id === id);
    if (index >= 0) this.groups[index] = { id, name };
  }

  /**
   * Deletes a group and removes its id from every conversation of the user
   * ([INF] notes §5: "Does deleting a group remove its id from conversations' ContactGroupId?
   * ... yes"). Those conversations' groups change, so their Timestamp becomes now.
   */
  removeGroup(id: number): void {
    const index = this.groups.findIndex((group) => group.id === id);
    if (index >= 0) this.groups.splice(index, 1);
    for (const [key, record] of this.conversations) {
      if (!record.groupIds.includes(id)) continue;
      this.store(key, { ...record, groupIds: record.groupIds.filter((g) => g !== id), timestamp: this.ctx.now });
    }
  }

  /** The stored record of a conversation, if it has data. */
  conversation(contact: ContactItem): ConversationRecord | undefined {
    return this.conversations.get(contactKeyOf(contact));
  }

  /**
   * Applies one conversation change. `change` gets the current record (a blank one if
   * the conversation has no data) and returns the new record or an item failure.
   *
   * Order of checks: 51007 for group conversations, then the change's own verdict, then
   * 51008 when a conversation with no data would gain some beyond the cap ("The session
   * cap is set at 1000, and exceeding it will return error code: 51008",
   * update_contact_group.page.txt). The Timestamp becomes now only if something changed.
   */
  changeConversation(contact: ContactItem, change: (current: ConversationRecord) => ConversationRecord | ItemFailure, g2c: G2cCheck): ItemFailure | undefined {
    if (contact.Type === 2) {
      const permission = g2cPermission(this.state, this.user.userId, contact.ToGroupId);
      const checked = permission === 'no-group' || (permission === 'not-member' && (g2c === 'always' || this.ctx.choice(g2c) === 'check'));
      if (checked) return { condition: 'g2c', code: 51007 };
    }
    const key = contactKeyOf(contact);
    const stored = this.conversations.get(key);
    const current = stored ?? { contact, groupIds: [], standardMark: 0n, timestamp: 0 };
    const next = change(current);
    if ('condition' in next) return next;
    if (sameData(current, next)) return undefined;
    const gainsData = (stored === undefined || conversationIsEmpty(stored)) && !conversationIsEmpty(next);
    if (gainsData && this.conversationsWithData() >= this.ctx.config.limits.maxConversationsPerUser) return { condition: 'cap', code: 51008 };
    this.store(key, { ...next, timestamp: this.ctx.now });
    return undefined;
  }

  /**
   * Stores a record. One left with no data is forgotten, or kept with its Timestamp: the
   * choice point `emptiedConversation` (whether get and search still list it).
   */
  private store(key: ContactKey, record: ConversationRecord): void {
    const before = this.conversations.get(key);
    const delta = Number(!conversationIsEmpty(record)) - Number(before !== undefined && !conversationIsEmpty(before));
    if (conversationIsEmpty(record) && this.ctx.choice('emptiedConversation') === 'forget') this.conversations.delete(key);
    else this.conversations.set(key, record);
    if (this.withData !== undefined) this.withData += delta;
  }

  /** Conversations that hold a group or a mark: what the 1000-conversation cap counts. Counted once, then kept. */
  private conversationsWithData(): number {
    if (this.withData === undefined) {
      this.withData = 0;
      for (const record of this.conversations.values()) if (!conversationIsEmpty(record)) this.withData++;
    }
    return this.withData;
  }

  /** The state with this user replaced; everything else is shared with the old state. */
  commit(): ModelState {
    const user: UserRecord = {
      ...this.user,
      groups: this.groups,
      conversations: this.conversations,
      nextGroupId: this.nextGroupId,
    };
    // A persistent map: O(log n) path copy, not a copy of every user (PersistentMap.ts).
    return { ...this.state, users: this.state.users.set(user.userId, user) };
  }
}

function sameData(a: ConversationRecord, b: ConversationRecord): boolean {
  return (
    a.standardMark === b.standardMark &&
    a.customMark === b.customMark &&
    a.groupIds.length === b.groupIds.length &&
    a.groupIds.every((id, i) => b.groupIds[i] === id)
  );
}
