/**
 * Rules checked by the stateful property families (generators/families/): random
 * sequences of real calls, each step compared with the executable model. A family
 * fails its rule when any step diverges from what the documents promise.
 */
import { defineRule } from './defineRule';
import { DOC_PAGES } from './docPages';

const T = DOC_PAGES.updateContactGroup;
const UPDATE = 'recentcontact/update_contact_group' as const;

export const STATEFUL_RULES = [
  defineRule({
    id: 'stateful.rename-chains',
    endpoint: UPDATE,
    title: 'rename chains keep names and ids consistent with the model',
    page: T,
    quote: 'GroupName String Current group name. GroupId Integer Current group ID.',
  }),
  defineRule({
    id: 'stateful.add-remove-churn',
    endpoint: UPDATE,
    title: 'add/remove churn keeps conversation memberships consistent with the model',
    page: T,
    quote: 'ContactOptType Integer No Update type: 1: Adding a conversation to a group; 2: Deleting a conversation from a group.',
  }),
  defineRule({
    id: 'stateful.set-clear-mark-bits',
    endpoint: 'recentcontact/mark_contact',
    title: 'set/clear mark bits keep all 64 StandardMark bits consistent with the model',
    page: DOC_PAGES.markContact,
    quote: 'A standard conversation mark has 64 bits in total: the first 32 bits are internally used by Chat, and the last 32 bits are extended bits that can be customized by customers.',
  }),
  defineRule({
    id: 'stateful.boundary-length-names',
    endpoint: UPDATE,
    title: 'boundary-length names are accepted or rejected by UTF-8 bytes and read back intact',
    page: T,
    quote: 'NewGroupName String No Enter the new group name. Maximum length: 64 bytes.',
  }),
];
