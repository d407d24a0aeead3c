/** Rules of v4/recentcontact/search_contact_group (page 53442, Searching for Conversation Group Marks). */
import { defineRule } from './defineRule';
import { DOC_PAGES } from './docPages';

const S = DOC_PAGES.searchContactGroup;
const E = 'recentcontact/search_contact_group' as const;

/** Documented behaviour of search_contact_group. */
export const SEARCH_RULES = [
  defineRule({
    id: 'search.doc-example',
    endpoint: E,
    title: 'answers the documented two-conversation example with their groups, marks and the group dictionary',
    page: S,
    quote: '{"From_Account": "user_0001","ContactItem": [{"Type": 1,"To_Account": "user_0002"},{"Type": 2,"ToGroupId": "@TGS#1B2AUI7RZ"}]}',
  }),
  defineRule({
    id: 'search.reads-groups-and-marks',
    endpoint: E,
    title: 'returns each searched conversation\'s ContactGroupId and marks, and the GroupItem dictionary for those ids',
    page: S,
    quote: 'ContactGroupId Array Group to which the conversation belongs. GroupItem Array Conversation group object.',
  }),
  defineRule({
    id: 'search.items-at-limit',
    endpoint: E,
    title: 'accepts 300 ContactItem entries in one search',
    page: S,
    quote: 'ContactItem Array Yes List of conversation objects to be searched. Up to 300 conversations can be searched at a time.',
  }),
  defineRule({
    id: 'search.items-over-limit',
    endpoint: E,
    title: 'rejects 301 ContactItem entries in one search',
    page: S,
    quote: 'Up to 300 conversations can be searched at a time.',
  }),
  defineRule({
    id: 'search.not-imported.50001',
    endpoint: E,
    title: 'rejects a From_Account that was never imported with 50001',
    page: S,
    quote: '50001 The requested UserID has not been imported to Chat. Please import the UserID first.',
    errorCode: 50001,
  }),
] as const;
