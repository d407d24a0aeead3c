import { contactKeyOf } from './contactKeyOf';
import { conversationIsEmpty } from './conversationIsEmpty';
import { g2cPermitted } from './g2cPermitted';
import type { HandlerContext } from './HandlerContext';
import type { ContactGroup, ContactItem, ContactKey, ConversationRecord, ModelState, UserRecord } from './types';

/** Outcome of one conversation change: 0, or the item-level error code. */
export type ItemCode = number;

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
   * The group with this name. If a rename under `renameOntoExisting: 'allow'` left
   * duplicates, the lowest id wins (groups are kept sorted by id).
   */
  groupByName(name: string): ContactGroup | undefined {
    return this.groups.find((group) => group.name === name);
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
   * ... yes"). Those conversations' groups change, so their Timestamp becomes now;
   * conversations left with no data are dropped.
   */
  removeGroup(id: number): void {
    const index = this.groups.findIndex((group) => group.id === id);
    if (index >= 0) this.groups.splice(index, 1);
    for (const [key, record] of this.conversations) {
      if (!record.groupIds.includes(id)) continue;
      const next = { ...record, groupIds: record.groupIds.filter((g) => g !== id), timestamp: this.ctx.now };
      if (conversationIsEmpty(next)) this.conversations.delete(key);
      else this.conversations.set(key, next);
    }
  }

  /** The stored record of a conversation, if it has data. */
  conversation(contact: ContactItem): ConversationRecord | undefined {
    return this.conversations.get(contactKeyOf(contact));
  }

  /**
   * Applies one conversation change. `change` gets the current record (a blank one if
   * the conversation has no data) and returns the new record or an item error code.
   *
   * Order of checks: 51007 for group conversations, then the change's own verdict, then
   * 51008 when a conversation with no data would gain some beyond the cap ("The session
   * cap is set at 1000, and exceeding it will return error code: 51008",
   * update_contact_group.page.txt). The Timestamp becomes now only if something changed.
   */
  changeConversation(contact: ContactItem, change: (current: ConversationRecord) => ConversationRecord | ItemCode): ItemCode {
    if (contact.Type === 2 && !g2cPermitted(this.state, this.user.userId, contact.ToGroupId)) return 51007;
    const key = contactKeyOf(contact);
    const stored = this.conversations.get(key);
    const current = stored ?? { contact, groupIds: [], standardMark: 0n, timestamp: 0 };
    const next = change(current);
    if (typeof next === 'number') return next;
    if (sameData(current, next)) return 0;
    if (conversationIsEmpty(next)) {
      this.conversations.delete(key);
      return 0;
    }
    if (stored === undefined && this.conversations.size >= this.ctx.config.limits.maxConversationsPerUser) return 51008;
    this.conversations.set(key, { ...next, timestamp: this.ctx.now });
    return 0;
  }

  /** The state with this user replaced; the top-level users map is copied, nothing else. */
  commit(): ModelState {
    const user: UserRecord = {
      ...this.user,
      groups: this.groups,
      conversations: this.conversations,
      nextGroupId: this.nextGroupId,
    };
    const users = new Map(this.state.users);
    users.set(user.userId, user);
    return { ...this.state, users };
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
