/** Rules of v4/recentcontact/update_contact_group (page 53439, Updating Conversation Group Data; codes of 34348). */
import { defineRule } from './defineRule';
import { DOC_PAGES } from './docPages';

const U = DOC_PAGES.updateContactGroup;
const CODES = DOC_PAGES.errorCodes;
const E = 'recentcontact/update_contact_group' as const;

/** Documented behaviour of update_contact_group. */
export const UPDATE_RULES = [
  defineRule({
    id: 'update.doc-example',
    endpoint: E,
    title: 'answers the documented rename and add/remove examples as the sample responses show',
    page: U,
    quote: '"UpdateGroupResult": {"UpdateGroupType": 1,"GroupName": "group_0002","GroupId": 1,"OldGroupName": "group_0001"}',
  }),
  defineRule({
    id: 'update.rename.name-at-limit',
    endpoint: E,
    title: 'accepts a new group name of exactly the byte limit, in any mix of 1- to 4-byte characters',
    page: U,
    quote: 'NewGroupName String No Enter the new group name. Maximum length: 64 bytes.',
  }),
  defineRule({
    id: 'update.rename.name-too-long.51011',
    endpoint: E,
    title: 'rejects a new group name over the byte limit with 51011',
    page: U,
    quote: '51011 The conversation group name contains more than 64 bytes.',
    errorCode: 51011,
  }),
  defineRule({
    id: 'update.rename.keeps-group-id',
    endpoint: E,
    title: 'keeps the GroupId when a group is renamed',
    page: U,
    quote: 'GroupName String Current group name. GroupId Integer Current group ID. OldGroupName String Original group name.',
  }),
  defineRule({
    id: 'update.rename.reads-show-new-name',
    endpoint: E,
    title: 'shows the new name in search and get reads after a rename, and the old name is gone',
    page: U,
    quote: 'UpdateGroupType Integer No Group Update Type: 1: Update group name.',
  }),
  defineRule({
    id: 'update.contacts.add',
    endpoint: E,
    title: 'adds a conversation to the named group (ContactOptType 1)',
    page: U,
    quote: 'ContactOptType Integer No Update type: 1: Adding a conversation to a group;',
  }),
  defineRule({
    id: 'update.contacts.remove',
    endpoint: E,
    title: 'removes a conversation from the named group only (ContactOptType 2)',
    page: U,
    quote: '2: Deleting a conversation from a group.',
  }),
  defineRule({
    id: 'update.contacts.only-named-group',
    endpoint: E,
    title: 'changes only the group named by OldGroupName',
    page: U,
    quote: 'UpdateGroupType Integer No Group Update Type: 1: Update group name. 2: Update conversations within a specified group.',
  }),
  defineRule({
    id: 'update.contacts.multiple-groups',
    endpoint: E,
    title: 'lets one conversation be in several groups at once',
    page: U,
    quote: 'A session can join multiple groups.',
  }),
  defineRule({
    id: 'update.contacts.per-user',
    endpoint: E,
    title: 'keeps each user\'s groups and conversations separate from every other user\'s',
    page: U,
    quote: 'From_Account String Yes Fill in UserID, request to update conversation group for this user.',
  }),
  defineRule({
    id: 'update.contacts.batch-at-limit',
    endpoint: E,
    title: 'accepts 100 ContactUpdateItem entries in one call',
    page: CODES,
    quote: '51006 The number of sessions requested for update is illegal. keep ≤ 100 sessions per request',
  }),
  defineRule({
    id: 'update.contacts.batch-limit.51006',
    endpoint: E,
    title: 'rejects 101 ContactUpdateItem entries with 51006',
    page: CODES,
    quote: '51006 The number of sessions requested for update is illegal. keep ≤ 100 sessions per request',
    errorCode: 51006,
  }),
  defineRule({
    id: 'update.contacts.not-member.51007',
    endpoint: E,
    title: 'rejects adding a group conversation of a destroyed group or a group the user is not in with 51007',
    page: U,
    quote: '51007 Failed to replace GroupID with GroupCode because an internal error occurred or the group was disbanded.',
    errorCode: 51007,
  }),
  defineRule({
    id: 'update.contacts.conversation-cap.51008',
    endpoint: E,
    title: 'rejects grouping a conversation beyond 1000 with 51008',
    page: U,
    quote: 'The session cap is set at 1000, and exceeding it will return error code: 51008.',
    errorCode: 51008,
  }),
  defineRule({
    id: 'update.unknown-group.51009',
    endpoint: E,
    title: 'rejects an update of a group the user does not have with 51009',
    page: CODES,
    quote: '51009 The requested conversation group does not exist.',
    errorCode: 51009,
  }),
  defineRule({
    id: 'update.update-type.invalid.50002',
    endpoint: E,
    title: 'rejects an UpdateType or UpdateGroupType outside the documented values with 50002',
    page: U,
    quote: 'UpdateType Integer Yes Update Type: 1: Update the group name or update conversations within a specified group.',
    errorCode: 50002,
  }),
  defineRule({
    id: 'update.not-imported.50001',
    endpoint: E,
    title: 'rejects a From_Account that was never imported with 50001',
    page: U,
    quote: '50001 The requested UserID has not been imported to Chat. Please import the UserID first.',
    errorCode: 50001,
  }),
  defineRule({
    id: 'update.basic-edition.51013',
    endpoint: E,
    title: 'rejects conversation grouping on an edition without the feature with 51013',
    page: U,
    quote: '51013 The current version does not support conversation grouping.',
    errorCode: 51013,
  }),
] as const;
