import fc from 'fast-check';
import { addContactsArb, createGroupArb, deleteGroupArb, getPagedArb, readBackArb, renameGroupArb, searchArb } from './commandArbitraries';
import type { StatefulFamily } from './StatefulFamily';

/** A small name pool so renames form chains (a→b→c→a) and land on taken names. */
const names = fc.constantFrom('a', 'b', 'c', 'd');

/**
 * Rename chains: after any sequence of renames (UpdateGroupType 1) every read shows each
 * group's latest name under its unchanged GroupId ("GroupName: Current group name. GroupId:
 * Current group ID", update_contact_group.page.txt).
 */
export const renameChains: StatefulFamily = {
  name: 'rename-chains',
  rule: 'stateful.rename-chains',
  title: 'stateful: rename chains keep names and ids consistent with the model',
  commands: () => {
    const rename = renameGroupArb(names);
    return [createGroupArb(names), createGroupArb(names), rename, rename, rename, rename, deleteGroupArb, addContactsArb, searchArb, readBackArb, getPagedArb];
  },
};
