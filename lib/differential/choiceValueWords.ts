import type { ChoiceName } from '../model/types';

/**
 * Each registry value in words, for the fidelity report's profile table ("reference reuses a
 * deleted GroupId; candidate never reuses one"). The values and gaps themselves are the
 * registry's (lib/model/choicePoints.ts); a value without words here is shown as itself.
 */
const WORDS: Readonly<Record<ChoiceName, Readonly<Record<string, string>>>> = {
  duplicateNameOnCreate: { reject: 'rejects a create with a name the user already has', 'return-existing': 'answers a create with a taken name with the existing group' },
  renameOntoExisting: { reject: 'rejects a rename onto a taken name', allow: 'allows a rename onto a taken name (two groups share it)' },
  reAddMember: { ok: 'accepts re-adding a conversation already in the group', 'item-error': 'fails re-adding a conversation already in the group' },
  removeNonMember: { ok: 'accepts removing a conversation not in the group', 'item-error': 'fails removing a conversation not in the group' },
  standardMarkBitOrder: { 'msb-first': 'writes StandardMark most significant bit first', 'lsb-first': 'writes StandardMark bit 0 first' },
  groupIdAllocation: { 'reuse-lowest': 'reuses a deleted GroupId', monotonic: 'never reuses a GroupId' },
  itemOrder: { 'request-order': 'lists read results in request (or first-touched) order', reverse: 'lists read results in reverse order' },
  getPageSize: {},
  searchEmptyItem: { 'include-empty': 'lists a searched conversation with no data as an empty item', omit: 'leaves a searched conversation with no data out' },
  sameNameGroup: { first: 'addresses the lower GroupId when two groups share a name', last: 'addresses the higher GroupId when two groups share a name' },
  searchGroupItems: { all: "lists all the user's groups in a search's GroupItem", referenced: "lists only the found conversations' groups in a search's GroupItem" },
  setAndClearSameBit: { 'set-wins': 'lets SetMark win over ClearMark of the same bit', 'clear-wins': 'lets ClearMark win over SetMark of the same bit' },
  placeG2cFailure: { 'per-item': 'reports 51007 on the item', 'top-level': 'fails the whole call with 51007' },
  placeCapFailure: { 'per-item': 'reports 51008 on the item', 'top-level': 'fails the whole call with 51008' },
  placeMembershipFailure: { 'per-item': 'reports a re-add / non-member error on the item', 'top-level': 'fails the whole call on a re-add / non-member error' },
  placeInvalidMarkValue: { 'top-level': 'fails the whole call on a mark over its limit', 'per-item': 'reports a mark over its limit on the item' },
  errorPrecedence: { first: 'reports 51011 before 51009 when both apply', last: 'reports 51009 before 51011 when both apply' },
  undocumentedErrorCode: {},
  othersApplyOnItemFailure: { none: 'applies none of a batch whose call failed', others: 'still applies the other items of a batch whose call failed' },
  beyondOneAtATime: { reject: 'rejects a delete naming two groups', 'first-only': 'deletes only the first of two named groups' },
  emptiedConversation: { forget: 'forgets a conversation left with no group and no mark', keep: 'keeps listing a conversation left with no group and no mark' },
  g2cCheckOnRemove: { check: 'checks 51007 when removing a foreign group conversation', skip: 'does not check 51007 when removing a foreign group conversation' },
  g2cCheckOnMark: { check: 'checks 51007 when marking a foreign group conversation', skip: 'does not check 51007 when marking a foreign group conversation' },
  ignoredFieldValidation: { validate: 'rejects an invalid field the OptType ignores', ignore: 'ignores an invalid field the OptType ignores' },
};

/** One side's values of a point in words: `never reuses a GroupId (monotonic)`; `not seen` when empty. */
export function choiceValueWords(choice: ChoiceName, values: readonly string[]): string {
  if (values.length === 0) return 'never showed it (the probes did not reach it there)';
  const own = WORDS[choice] ?? {};
  if (choice === 'getPageSize') return `pages get_contact_group by ${values.join(' or ')}`;
  if (choice === 'undocumentedErrorCode') return `answers an uncoded rejection with ${values.join(' or ')}`;
  return values.map((value) => (own[value] ? `${own[value]} (${value})` : value)).join(', or ');
}
