/**
 * Rules of the two siblings the suite builds and reads state with:
 * create_contact_group (page 53437) and get_contact_group (page 53440); their codes from 34348.
 */
import { defineRule } from './defineRule';
import { DOC_PAGES } from './docPages';

const C = 'recentcontact/create_contact_group' as const;
const G = 'recentcontact/get_contact_group' as const;
const CREATE_PAGE = DOC_PAGES.createContactGroup;
const GET_PAGE = DOC_PAGES.getContactGroup;
const CODES = DOC_PAGES.errorCodes;

/** Documented behaviour of create_contact_group and get_contact_group. */
export const READ_RULES = [
  defineRule({
    id: 'create.creates-group',
    endpoint: C,
    title: 'creates a conversation group for an imported user and answers its name and GroupId',
    page: CREATE_PAGE,
    quote: 'GroupResultItem Array Result of the conversation group adding',
  }),
  defineRule({
    id: 'create.one-group-per-call',
    endpoint: C,
    title: 'never creates more than one conversation group in one call',
    page: CREATE_PAGE,
    quote: 'GroupContactItem Array Yes Only one conversation group can be added at a time',
  }),
  defineRule({
    id: 'create.groups-at-limit',
    endpoint: C,
    title: 'accepts a user\'s 20th conversation group',
    page: DOC_PAGES.updateContactGroup,
    quote: 'Each user can create up to 20 conversation groups.',
  }),
  defineRule({
    id: 'create.group-limit.51010',
    endpoint: C,
    title: 'rejects a user\'s 21st conversation group with 51010',
    page: CODES,
    quote: '51010 The conversation group has reached the upper limit.',
    errorCode: 51010,
  }),
  defineRule({
    id: 'create.name-too-long.51011',
    endpoint: C,
    title: 'rejects a new group whose name is over the byte limit with 51011',
    page: CREATE_PAGE,
    quote: 'GroupName String Yes up to 64 bytes',
    errorCode: 51011,
  }),
  defineRule({
    id: 'create.contacts-at-limit',
    endpoint: C,
    title: 'accepts a new group with 100 initial conversations',
    page: CREATE_PAGE,
    quote: 'ContactItem Array No Initial conversation list, up to 100 items',
  }),
  defineRule({
    id: 'create.contacts-over-limit',
    endpoint: C,
    title: 'rejects a new group with 101 initial conversations',
    page: CREATE_PAGE,
    quote: 'ContactItem Array No Initial conversation list, up to 100 items',
  }),
  defineRule({
    id: 'get.doc-example',
    endpoint: G,
    title: 'answers the documented first-page request with the user\'s conversations, groups and CompleteFlag',
    page: GET_PAGE,
    quote: '{"From_Account":"user0","StartIndex":0}',
  }),
  defineRule({
    id: 'get.paging.every-item-once',
    endpoint: G,
    title: 'returns every grouped or marked conversation exactly once across pages, ending with CompleteFlag 1',
    page: GET_PAGE,
    quote: 'StartIndex Integer Yes Start index for the current page pulling. Enter 0 for the first pull and enter the value of NextStartIndex returned last time.',
  }),
  defineRule({
    id: 'get.not-imported.50001',
    endpoint: G,
    title: 'rejects a From_Account that was never imported with 50001',
    page: CODES,
    quote: '50001 The requested user account is not imported into the Chat System.',
    errorCode: 50001,
  }),
] as const;
