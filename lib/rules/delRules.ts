/** Rules of v4/recentcontact/del_contact_group (del_contact_group.txt, notes §3.3). */
import { defineRule } from './defineRule';

const D = 'del_contact_group.txt' as const;
const E = 'recentcontact/del_contact_group' as const;

/** Documented behaviour of del_contact_group. */
export const DEL_RULES = [
  defineRule({
    id: 'del.doc-example',
    endpoint: E,
    title: 'answers the documented example with the deleted group\'s name and id',
    document: D,
    quote: '{"GroupItem": [{"GroupName": "group_0001","GroupId": 1}],"ActionStatus": "OK","ErrorCode": 0,"ErrorInfo": ""}',
  }),
  defineRule({
    id: 'del.removes-group',
    endpoint: E,
    title: 'removes the group from the user\'s group list, and its id from every conversation',
    document: D,
    quote: 'GroupItem Array Group object to be deleted. GroupId Integer ID of the conversation group to be deleted.',
  }),
  defineRule({
    id: 'del.only-named-group',
    endpoint: E,
    title: 'leaves the user\'s other groups and their conversations untouched',
    document: D,
    quote: 'GroupName Array Yes List of conversation groups to be deleted. Currently, only one conversation group can be deleted at a time.',
  }),
  defineRule({
    id: 'del.unknown-group.51009',
    endpoint: E,
    title: 'rejects deleting a group the user does not have with 51009',
    document: D,
    quote: '51009 The specified conversation group was not found. Please verify that the group name is correct.',
    errorCode: 51009,
  }),
  defineRule({
    id: 'del.not-imported.50001',
    endpoint: E,
    title: 'rejects a From_Account that was never imported with 50001',
    document: D,
    quote: '50001 The requested UserID has not been imported to Chat. Please import the UserID first.',
    errorCode: 50001,
  }),
] as const;
