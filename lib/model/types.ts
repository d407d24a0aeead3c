/**
 * Types of the executable model of the documented behaviour.
 *
 * The model is pure: `applyRequest(state, request, config) -> { state, response }`
 * (see applyRequest.ts). The mock serves from it and the property tests use it as
 * their oracle; this is the only place the documented behaviour is written down
 * as code.
 */
import type { ApiPath } from '../apis';

/** A conversation as the API names it: C2C (Type 1) or group (Type 2). §2.2 */
export type ContactItem =
  | { Type: 1; To_Account: string }
  | { Type: 2; ToGroupId: string };

/** Stable string form of a ContactItem, e.g. `c2c:alice` or `group:@TGS#1ABC`. */
export type ContactKey = string & { readonly __brand: 'ContactKey' };

/** A conversation group of one user (GroupItem, §2.3). */
export interface ContactGroup {
  readonly id: number;
  readonly name: string;
}

/** What one user has recorded about one conversation. */
export interface ConversationRecord {
  readonly contact: ContactItem;
  /** Ids of the groups the conversation is in, in the order it joined them. */
  readonly groupIds: readonly number[];
  /** The 64-bit standard mark as an unsigned BigInt (bits 0..63). §2.4 */
  readonly standardMark: bigint;
  /** Custom mark; absent until set. ≤ 256 UTF-8 bytes. */
  readonly customMark?: string;
  /** Unix seconds of the last change to this conversation's groups or marks. */
  readonly timestamp: number;
}

/** Everything one imported user owns in the conversation-group feature. */
export interface UserRecord {
  readonly userId: string;
  readonly nick?: string;
  readonly faceUrl?: string;
  readonly groups: readonly ContactGroup[];
  readonly conversations: ReadonlyMap<ContactKey, ConversationRecord>;
  /** Next GroupId to hand out when allocation is monotonic. */
  readonly nextGroupId: number;
}

/** A chat group (group_open_http_svc), needed for Type 2 conversations and 51007. */
export interface ChatGroup {
  readonly groupId: string;
  readonly type: string;
  readonly name: string;
  readonly owner?: string;
  readonly members: ReadonlySet<string>;
}

/** The whole world the model knows. Immutable: handlers return a new one. */
export interface ModelState {
  readonly users: ReadonlyMap<string, UserRecord>;
  readonly chatGroups: ReadonlyMap<string, ChatGroup>;
  /** Counter used to mint `@TGS#...` ids for chat groups created without GroupId. */
  readonly chatGroupSeq: number;
}

/** A request the model can answer: the API and the parsed JSON body. */
export interface ModelRequest {
  readonly api: ApiPath;
  /** The parsed JSON body, untrusted: the model validates it. */
  readonly body: unknown;
  /** Unix time in seconds, injected so the model stays pure. */
  readonly now: number;
}

/** The documented JSON envelope plus the API's own fields (§1.2). */
export interface ModelResponse {
  readonly ActionStatus: 'OK' | 'FAIL';
  readonly ErrorCode: number;
  readonly ErrorInfo: string;
  readonly [field: string]: unknown;
}

/** Documented limits. Each is a target setting because deployments differ. */
export interface ModelLimits {
  /** Group name limit in UTF-8 bytes (51011). 64 per the 2026 docs, 32 on older deployments. @defaultValue 64 */
  readonly nameMaxBytes: number;
  /** Groups per user (51010). @defaultValue 20 */
  readonly maxGroupsPerUser: number;
  /** Grouped or marked conversations per user (51008). @defaultValue 1000 */
  readonly maxConversationsPerUser: number;
  /** ContactUpdateItem / create ContactItem / MarkItem entries per call (51006). @defaultValue 100 */
  readonly maxItemsPerUpdate: number;
  /** search_contact_group ContactItem entries per call. @defaultValue 300 */
  readonly maxSearchItems: number;
  /** CustomMark limit in UTF-8 bytes. @defaultValue 256 */
  readonly customMarkMaxBytes: number;
}

/**
 * Behaviour the docs leave open (tencent-chat-api-notes.md §5, §9). Each is a
 * named option with a default; the "alternative" configuration flips every one,
 * and the conformance suite must pass against both.
 */
export interface UndocumentedChoices {
  /** create_contact_group with a name the user already has. @defaultValue 'reject' (50002) */
  readonly duplicateNameOnCreate: 'reject' | 'return-existing';
  /** Rename onto a name the user already has. @defaultValue 'reject' (50002) */
  readonly renameOntoExisting: 'reject' | 'allow';
  /** Adding a conversation already in the group. @defaultValue 'ok' (ResultCode 0) */
  readonly reAddMember: 'ok' | 'item-error';
  /** Removing a conversation that is not in the group. @defaultValue 'ok' (ResultCode 0) */
  readonly removeNonMember: 'ok' | 'item-error';
  /** Character order of the StandardMark string. @defaultValue 'msb-first' (binary of the uint64) */
  readonly standardMarkBitOrder: 'msb-first' | 'lsb-first';
  /** GroupId allocation. @defaultValue 'reuse-lowest' */
  readonly groupIdAllocation: 'reuse-lowest' | 'monotonic';
  /** Order of items in read responses. @defaultValue 'request-order' */
  readonly itemOrder: 'request-order' | 'reverse';
  /** get_contact_group page size. @defaultValue 100 */
  readonly getPageSize: number;
  /** search result for a conversation with no data. @defaultValue 'include-empty' */
  readonly searchEmptyItem: 'include-empty' | 'omit';
  /** The same bit in SetMark and ClearMark. @defaultValue 'set-wins' */
  readonly setAndClearSameBit: 'set-wins' | 'clear-wins';
  /**
   * Where an item-level failure in a batch (51007, 51008, and re-add/remove errors)
   * is reported: as the item's ResultCode with the call OK, or as a top-level FAIL
   * that changes nothing. @defaultValue 'per-item'
   */
  readonly itemErrorPlacement: 'per-item' | 'top-level';
}

/** Everything the model needs besides state and request. */
export interface ModelConfig {
  readonly limits: ModelLimits;
  readonly choices: UndocumentedChoices;
}

/** Name of one undocumented choice. */
export type ChoiceName = keyof UndocumentedChoices;

/** What `applyRequest` returns. */
export interface ModelResult {
  readonly state: ModelState;
  readonly response: ModelResponse;
  /**
   * The undocumented choices this answer depended on. The property-test oracle
   * uses it to accept each documented-compatible outcome and then pin it.
   */
  readonly consulted: ReadonlySet<ChoiceName>;
}
