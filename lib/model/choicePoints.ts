import type { ApiPath } from '../apis';
import type { ChoiceName, UndocumentedChoices } from './types';

/**
 * Whether a server is expected to keep a choice for the whole run (storage layout, id
 * allocation, string formats) or may resolve it differently from one request to the next
 * (which of several errors it reports, where it puts an item error). The chaos mock draws
 * `fixed` points once per run and the rest per request; the oracle pins a `fixed` point for
 * a candidate once an answer shows it, and never pins a `per-request` one.
 */
export type ChoiceScope = 'fixed' | 'per-request';

/**
 * How the oracle covers a point's alternatives:
 * - `model`: it runs the model under every value (the point changes what the model answers);
 * - `comparator`: the comparison itself accepts every value (GroupIds go through a learned
 *   mapping, arrays are matched by key, the union of all pages is compared), so the model
 *   runs under the default only.
 */
export type ChoiceJudge = 'model' | 'comparator';

/** One place where the documents are silent, with the outcomes that all count as conforming. */
export interface ChoicePoint<V> {
  /** The endpoint where the gap shows first (some points apply to several). */
  readonly endpoint: ApiPath;
  /** The gap in the documents, one sentence. */
  readonly gap: string;
  /**
   * Every value the model knows. `open` means the set is not closed: any failure code, any
   * page size; the listed values are the ones the mock draws from.
   */
  readonly values: readonly V[];
  readonly open?: true;
  readonly scope: ChoiceScope;
  readonly judge: ChoiceJudge;
  /** The mock's default preset. */
  readonly default: V;
  /** The mock's alternative preset: every point flipped. */
  readonly alternative: V;
}

type Registry = { readonly [K in ChoiceName]: ChoicePoint<UndocumentedChoices[K]> };

/**
 * THE registry of undocumented behaviour. The model consults these and nothing else
 * (tests/self/model/choiceRegistry.test.ts proves it); the mock's presets, the chaos preset,
 * the oracle's candidate enumeration and the report's target profile all read from here.
 */
export const CHOICE_POINTS: Registry = Object.freeze({
  duplicateNameOnCreate: {
    endpoint: 'recentcontact/create_contact_group',
    gap: 'create_contact_group with a name the user already has: no page says what happens.',
    values: ['reject', 'return-existing'],
    scope: 'fixed',
    judge: 'model',
    default: 'reject',
    alternative: 'return-existing',
  },
  renameOntoExisting: {
    endpoint: 'recentcontact/update_contact_group',
    gap: 'Renaming a group onto a name the user already has: no page says what happens.',
    values: ['reject', 'allow'],
    scope: 'fixed',
    judge: 'model',
    default: 'reject',
    alternative: 'allow',
  },
  reAddMember: {
    endpoint: 'recentcontact/update_contact_group',
    gap: 'Adding a conversation that is already in the group: no page gives its ResultCode.',
    values: ['ok', 'item-error'],
    scope: 'fixed',
    judge: 'model',
    default: 'ok',
    alternative: 'item-error',
  },
  removeNonMember: {
    endpoint: 'recentcontact/update_contact_group',
    gap: 'Removing a conversation that is not in the group: no page gives its ResultCode.',
    values: ['ok', 'item-error'],
    scope: 'fixed',
    judge: 'model',
    default: 'ok',
    alternative: 'item-error',
  },
  standardMarkBitOrder: {
    endpoint: 'recentcontact/search_contact_group',
    gap: 'StandardMark is a "bit string" (search_contact_group); the character order is not given.',
    values: ['msb-first', 'lsb-first'],
    scope: 'fixed',
    judge: 'model',
    default: 'msb-first',
    alternative: 'lsb-first',
  },
  groupIdAllocation: {
    endpoint: 'recentcontact/create_contact_group',
    gap: 'GroupId is an integer the server allocates; whether ids are reused after a delete is not given.',
    values: ['reuse-lowest', 'monotonic'],
    scope: 'fixed',
    judge: 'comparator',
    default: 'reuse-lowest',
    alternative: 'monotonic',
  },
  itemOrder: {
    endpoint: 'recentcontact/search_contact_group',
    gap: 'The order of ContactResultItem / ContactItem in read answers is not given.',
    values: ['request-order', 'reverse'],
    scope: 'fixed',
    judge: 'comparator',
    default: 'request-order',
    alternative: 'reverse',
  },
  getPageSize: {
    endpoint: 'recentcontact/get_contact_group',
    gap: 'get_contact_group pages with StartIndex/NextStartIndex; the page size is not given.',
    values: [100, 7, 3, 25],
    open: true,
    scope: 'fixed',
    judge: 'comparator',
    default: 100,
    alternative: 7,
  },
  searchEmptyItem: {
    endpoint: 'recentcontact/search_contact_group',
    gap: 'A searched conversation with no groups or marks: listed with empty fields, or left out, is not given.',
    values: ['include-empty', 'omit'],
    scope: 'fixed',
    judge: 'model',
    default: 'include-empty',
    alternative: 'omit',
  },
  sameNameGroup: {
    endpoint: 'recentcontact/update_contact_group',
    gap: 'Groups are addressed by name; when a rename has left two groups with one name (renameOntoExisting allow), which one a request addresses is not given.',
    values: ['first', 'last'],
    scope: 'per-request',
    judge: 'model',
    default: 'first',
    alternative: 'last',
  },
  searchGroupItems: {
    endpoint: 'recentcontact/search_contact_group',
    gap: 'search_contact_group answers a GroupItem dictionary; whether it lists all the user\'s groups or only those the found conversations are in is not given.',
    values: ['all', 'referenced'],
    scope: 'fixed',
    judge: 'model',
    default: 'all',
    alternative: 'referenced',
  },
  setAndClearSameBit: {
    endpoint: 'recentcontact/mark_contact',
    gap: 'The same bit in SetMark and ClearMark of one MarkItem: which wins is not given.',
    values: ['set-wins', 'clear-wins'],
    scope: 'fixed',
    judge: 'model',
    default: 'set-wins',
    alternative: 'clear-wins',
  },
  placeG2cFailure: {
    endpoint: 'recentcontact/update_contact_group',
    gap: '51007 is documented, but not whether it is an item ResultCode (call OK) or the call\'s ErrorCode.',
    values: ['per-item', 'top-level'],
    scope: 'per-request',
    judge: 'model',
    default: 'per-item',
    alternative: 'top-level',
  },
  placeCapFailure: {
    endpoint: 'recentcontact/update_contact_group',
    gap: '51008 is documented, but not whether it is an item ResultCode (call OK) or the call\'s ErrorCode.',
    values: ['per-item', 'top-level'],
    scope: 'per-request',
    judge: 'model',
    default: 'per-item',
    alternative: 'top-level',
  },
  placeMembershipFailure: {
    endpoint: 'recentcontact/update_contact_group',
    gap: 'A re-add or remove-non-member error (when the target reports one) may be per item or top level.',
    values: ['per-item', 'top-level'],
    scope: 'per-request',
    judge: 'model',
    default: 'per-item',
    alternative: 'top-level',
  },
  placeInvalidMarkValue: {
    endpoint: 'recentcontact/mark_contact',
    gap: 'A MarkItem over a documented limit (a bit outside the 64, a CustomMark over 256 bytes): item ResultCode or call ErrorCode is not given.',
    values: ['top-level', 'per-item'],
    scope: 'per-request',
    judge: 'model',
    default: 'top-level',
    alternative: 'per-item',
  },
  errorPrecedence: {
    endpoint: 'recentcontact/update_contact_group',
    gap: 'When several documented errors apply to one request (a missing group renamed to an over-long name: 51009 and 51011), which one is reported is not given.',
    values: ['first', 'last'],
    scope: 'per-request',
    judge: 'model',
    default: 'first',
    alternative: 'last',
  },
  undocumentedErrorCode: {
    endpoint: 'recentcontact/update_contact_group',
    gap: 'Conditions that the documents reject without naming a code (a duplicate name, two groups in one delete, an over-long CustomMark): any failure code.',
    values: [50002, 90001],
    open: true,
    scope: 'per-request',
    judge: 'model',
    default: 50002,
    alternative: 90001,
  },
  othersApplyOnItemFailure: {
    endpoint: 'recentcontact/mark_contact',
    gap: 'When one item of a batch fails the whole call (top-level error), whether the other items still took effect is not given.',
    values: ['none', 'others'],
    scope: 'per-request',
    judge: 'model',
    default: 'none',
    alternative: 'others',
  },
  beyondOneAtATime: {
    endpoint: 'recentcontact/del_contact_group',
    gap: '"Only one conversation group can be added at a time" / "deleted at a time": whether a request naming more is rejected (no code given) or acted on for the first only is not given.',
    values: ['reject', 'first-only'],
    scope: 'fixed',
    judge: 'model',
    default: 'reject',
    alternative: 'first-only',
  },
  emptiedConversation: {
    endpoint: 'recentcontact/get_contact_group',
    gap: 'A conversation left with no group and no mark: whether get_contact_group and search still list it (and with which Timestamp) is not given.',
    values: ['forget', 'keep'],
    scope: 'fixed',
    judge: 'model',
    default: 'forget',
    alternative: 'keep',
  },
  g2cCheckOnRemove: {
    endpoint: 'recentcontact/update_contact_group',
    gap: '51007 names a group-conversation permission check; whether removing such a conversation from a group is checked is not given.',
    values: ['check', 'skip'],
    scope: 'fixed',
    judge: 'model',
    default: 'check',
    alternative: 'skip',
  },
  g2cCheckOnMark: {
    endpoint: 'recentcontact/mark_contact',
    gap: '51007 on mark_contact names a group that was disbanded; whether marking a group conversation of a group the user is not in is checked is not given.',
    values: ['check', 'skip'],
    scope: 'fixed',
    judge: 'model',
    default: 'check',
    alternative: 'skip',
  },
  ignoredFieldValidation: {
    endpoint: 'recentcontact/mark_contact',
    gap: 'OptType 1 ignores CustomMark and OptType 2 ignores SetMark/ClearMark; whether an invalid ignored field is still rejected is not given.',
    values: ['validate', 'ignore'],
    scope: 'fixed',
    judge: 'model',
    default: 'validate',
    alternative: 'ignore',
  },
} satisfies Registry);

/** Every choice point name, in registry order. */
export const CHOICE_NAMES = Object.keys(CHOICE_POINTS) as ChoiceName[];
