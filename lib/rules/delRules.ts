/** Rules of v4/recentcontact/del_contact_group (page 53441, Deleting Conversation Group Data). */
import { defineRule } from './defineRule';
import { DOC_PAGES } from './docPages';

const D = DOC_PAGES.delContactGroup;
const E = 'recentcontact/del_contact_group' as const;

/** Documented behaviour of del_contact_group. */
export const DEL_RULES = [
  defineRule({
    id: 'del.doc-example',
    endpoint: E,
    title: 'answers the documented example with the deleted group\'s name and id',
    page: D,
    quote: '{"GroupItem": [{"GroupName": "group_0001","GroupId": 1}],"ActionStatus": "OK","ErrorCode": 0,"ErrorInfo": ""}',
  }),
  defineRule({
    id: 'del.removes-group',
    endpoint: E,
    title: 'removes the group from the user\'s group list, and its id from every conversation',
    page: D,
    quote: 'GroupItem Array Group object to be deleted. GroupId Integer ID of the conversation group to be deleted.',
  }),
  defineRule({
    id: 'del.only-named-group',
    endpoint: E,
    title: 'leaves the user\'s other groups and their conversations untouched',
    page: D,
    quote: 'GroupName Array Yes List of conversation groups to be deleted.',
  }),
  defineRule({
    id: 'del.one-group-per-call',
    endpoint: E,
    title: 'never deletes more than one conversation group in one call',
    page: D,
    quote: 'Currently, only one conversation group can be deleted at a time.',
  }),
  defineRule({
    id: 'del.unknown-group.51009',
    endpoint: E,
    title: 'rejects deleting a group the user does not have with 51009',
    page: D,
    quote: '51009 The specified conversation group was not found. Please verify that the group name is correct.',
    errorCode: 51009,
  }),
  defineRule({
    id: 'del.not-imported.50001',
    endpoint: E,
    title: 'rejects a From_Account that was never imported with 50001',
    page: D,
    quote: '50001 The requested UserID has not been imported to Chat. Please import the UserID first.',
    errorCode: 50001,
  }),
  defineRule({
    id: 'del.basic-edition.51013',
    endpoint: E,
    title: 'rejects deleting a conversation group on an edition without the feature with 51013',
    page: D,
    quote: '51013 The current version does not support conversation grouping.',
    errorCode: 51013,
  }),
] as const;
