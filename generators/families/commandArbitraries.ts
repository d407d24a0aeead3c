import fc from 'fast-check';
import { batchSizeArb } from '../arbitraries/batchSizeArb';
import { contactItemArb } from '../arbitraries/contactItemArb';
import { customMarkArb } from '../arbitraries/customMarkArb';
import { markBitsArb } from '../arbitraries/markBitsArb';
import { CreateGroup } from '../commands/CreateGroup';
import { DeleteGroup } from '../commands/DeleteGroup';
import { GetPaged } from '../commands/GetPaged';
import { MarkOptType1WithCustomMark } from '../commands/MarkOptType1WithCustomMark';
import { OverCountBatch } from '../commands/OverCountBatch';
import { ReadBack } from '../commands/ReadBack';
import { RenameGroup, type NewName } from '../commands/RenameGroup';
import { Search } from '../commands/Search';
import { SetClearMarks } from '../commands/SetClearMarks';
import { SetCustomMark } from '../commands/SetCustomMark';
import { UpdateContacts } from '../commands/UpdateContacts';
import type { WorldCommand } from '../commands/WorldCommand';
import { contactRefText } from '../ContactRef';
import type { GroupRef } from '../GroupRef';

/**
 * The command arbitraries the families mix. Actor 0 (A) is the usual one; B acts too, so
 * state kept per app instead of per From_Account shows.
 */
export const actorArb: fc.Arbitrary<number> = fc.oneof({ arbitrary: fc.constant(0), weight: 4 }, { arbitrary: fc.constant(1), weight: 1 });

/** An existing group of the actor (by position), sometimes a missing one (51009). */
export const groupRefArb: fc.Arbitrary<GroupRef> = fc.oneof(
  { arbitrary: fc.nat(3).map((pick): GroupRef => ({ pick })), weight: 9 },
  { arbitrary: fc.constant<GroupRef>({ missing: true }), weight: 1 },
);

/**
 * Distinct conversations for one request. Why distinct: the docs say nothing of the same
 * conversation twice in one batch (which item wins, or whether it is rejected), so the
 * suite never sends one and cannot cry wolf over it.
 */
const distinctContacts = (minLength: number, maxLength: number) => fc.uniqueArray(contactItemArb(), { minLength, maxLength, selector: contactRefText });
const contacts = (maxLength: number) => distinctContacts(1, maxLength);

type Cmd = fc.Arbitrary<WorldCommand>;

/** CreateGroup; `minContacts` (@defaultValue 0) initial conversations at least, up to 2 more. */
export const createGroupArb = (names: fc.Arbitrary<string>, options: { minContacts?: number } = {}): Cmd =>
  fc
    .tuple(actorArb, names, distinctContacts(options.minContacts ?? 0, (options.minContacts ?? 0) + 2))
    .map(([a, n, c]) => new CreateGroup(a, n, c));

export const renameGroupArb = (names: fc.Arbitrary<string>): Cmd => {
  const to: fc.Arbitrary<NewName> = fc.oneof(
    { arbitrary: names.map((name): NewName => ({ name })), weight: 4 },
    { arbitrary: groupRefArb.map((takenFrom): NewName => ({ takenFrom })), weight: 1 },
  );
  return fc.tuple(actorArb, groupRefArb, to).map(([a, g, t]) => new RenameGroup(a, g, t));
};

export const addContactsArb: Cmd = fc.tuple(actorArb, groupRefArb, contacts(3)).map(([a, g, c]) => new UpdateContacts(a, g, c, 1));
export const removeContactsArb: Cmd = fc.tuple(actorArb, groupRefArb, contacts(3)).map(([a, g, c]) => new UpdateContacts(a, g, c, 2));
export const deleteGroupArb: Cmd = fc.tuple(actorArb, groupRefArb).map(([a, g]) => new DeleteGroup(a, g));
export const searchArb: Cmd = fc.tuple(actorArb, contacts(4)).map(([a, c]) => new Search(a, c));
export const getPagedArb: Cmd = actorArb.map((a) => new GetPaged(a));
export const readBackArb: Cmd = actorArb.map((a) => new ReadBack(a));

export const setClearMarksArb = (options: { includeInvalid?: boolean } = {}): Cmd => {
  const item = fc.record(
    { contact: contactItemArb(), set: markBitsArb(options), clear: markBitsArb(options) },
    { noNullPrototype: true },
  );
  const items = fc.uniqueArray(item, { minLength: 1, maxLength: 2, selector: (i) => contactRefText(i.contact) });
  return fc.tuple(actorArb, items).map(([a, picked]) => new SetClearMarks(a, picked));
};

export const setCustomMarkArb = (customMarkMaxBytes: number): Cmd =>
  fc
    .tuple(actorArb, contactItemArb(), fc.constantFrom<2 | 3>(2, 3), customMarkArb({ maxBytes: customMarkMaxBytes }), markBitsArb({ maxLength: 2 }))
    .map(([a, c, opt, mark, set]) => new SetCustomMark(a, c, opt, mark, set));

export const markOptType1WithCustomMarkArb: Cmd = fc
  .tuple(actorArb, contactItemArb(), markBitsArb({ maxLength: 2 }), fc.constantFrom('x', 'ignored'))
  .map(([a, c, set, mark]) => new MarkOptType1WithCustomMark(a, c, set, mark));

export const overCountBatchArb: Cmd = fc.oneof(
  fc.tuple(actorArb, fc.constantFrom<'update' | 'create' | 'mark'>('update', 'create', 'mark'), batchSizeArb({ limit: 100 })).map(([a, k, n]) => new OverCountBatch(a, k, n)),
  fc.tuple(actorArb, batchSizeArb({ limit: 300 })).map(([a, n]) => new OverCountBatch(a, 'search', n)),
);
