/**
 * Types of the executable model of the documented behaviour.
 *
 * The model is pure: `applyRequest(state, request, config) -> { state, response }`
 * (see applyRequest.ts). The mock serves from it and the property tests use it as
 * their oracle; this is the only place the documented behaviour is written down
 * as code.
 */
import type { ApiPath } from '../apis';
import type { PersistentMap } from './PersistentMap';

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
  /** Persistent, so a write costs O(log users) and old states stay valid (PersistentMap.ts). */
  readonly users: PersistentMap<string, UserRecord>;
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
 * Behaviour the docs leave open. Each is a named choice point of the registry
 * (choicePoints.ts: the gap, the alternatives, fixed or per request, the mock's default);
 * the conformance suite must accept every value.
 */
export interface UndocumentedChoices {
  readonly duplicateNameOnCreate: 'reject' | 'return-existing';
  readonly renameOntoExisting: 'reject' | 'allow';
  readonly reAddMember: 'ok' | 'item-error';
  readonly removeNonMember: 'ok' | 'item-error';
  readonly standardMarkBitOrder: 'msb-first' | 'lsb-first';
  readonly groupIdAllocation: 'reuse-lowest' | 'monotonic';
  readonly itemOrder: 'request-order' | 'reverse';
  readonly getPageSize: number;
  readonly searchEmptyItem: 'include-empty' | 'omit';
  /** Which of several same-named groups a request addresses: the first or last by GroupId. */
  readonly sameNameGroup: 'first' | 'last';
  readonly searchGroupItems: 'all' | 'referenced';
  readonly setAndClearSameBit: 'set-wins' | 'clear-wins';
  readonly placeG2cFailure: ItemFailurePlacement;
  readonly placeCapFailure: ItemFailurePlacement;
  readonly placeMembershipFailure: ItemFailurePlacement;
  readonly placeInvalidMarkValue: ItemFailurePlacement;
  /** Which of several applicable documented errors is reported: the first or last the model lists. */
  readonly errorPrecedence: 'first' | 'last';
  /** The code of a rejection the documents give no code for. */
  readonly undocumentedErrorCode: number;
  readonly othersApplyOnItemFailure: 'none' | 'others';
  readonly beyondOneAtATime: 'reject' | 'first-only';
  readonly emptiedConversation: 'forget' | 'keep';
  readonly g2cCheckOnRemove: 'check' | 'skip';
  readonly g2cCheckOnMark: 'check' | 'skip';
  readonly ignoredFieldValidation: 'validate' | 'ignore';
}

/** Where an item-level failure goes: the item's ResultCode with the call OK, or the call's ErrorCode. */
export type ItemFailurePlacement = 'per-item' | 'top-level';

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
  /** The undocumented choices this answer depended on. */
  readonly consulted: ReadonlySet<ChoiceName>;
  /** The value each consulted choice took (for dynamic points, the option picked). */
  readonly decisions: ReadonlyMap<ChoiceName, unknown>;
}
