import fc from 'fast-check';
import { addContactsArb, createGroupArb, deleteGroupArb, getPagedArb, overCountBatchArb, readBackArb, removeContactsArb, searchArb } from './commandArbitraries';
import type { StatefulFamily } from './StatefulFamily';

const names = fc.constantFrom('a', 'b', 'c');

/**
 * Add/remove churn: conversations join and leave groups (ContactOptType 1/2), are re-added,
 * removed when not members, and outlive deleted groups; every read shows exactly the
 * model's memberships ("A session can join multiple groups", update_contact_group.page.txt).
 */
export const addRemoveChurn: StatefulFamily = {
  name: 'add-remove-churn',
  rule: 'stateful.add-remove-churn',
  title: 'stateful: add/remove churn keeps conversation memberships consistent with the model',
  commands: () => [
    // Groups start with members so one conversation is soon in several groups.
    createGroupArb(names, { minContacts: 1 }),
    createGroupArb(names, { minContacts: 1 }),
    addContactsArb,
    addContactsArb,
    addContactsArb,
    removeContactsArb,
    removeContactsArb,
    removeContactsArb,
    deleteGroupArb,
    searchArb,
    readBackArb,
    getPagedArb,
    overCountBatchArb,
  ],
};
