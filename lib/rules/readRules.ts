/**
 * Rules of the two siblings the suite builds and reads state with:
 * create_contact_group (notes §3.1) and get_contact_group (notes §3.6).
 */
import { defineRule } from './defineRule';

const C = 'recentcontact/create_contact_group' as const;
const G = 'recentcontact/get_contact_group' as const;

/** Documented behaviour of create_contact_group and get_contact_group. */
export const READ_RULES = [
  defineRule({
    id: 'create.creates-group',
    endpoint: C,
    title: 'creates a conversation group for an imported user and answers its name and GroupId',
    document: 'tencent-chat-api-notes.md §3.1',
    quote: 'GroupResultItem (Array, "Result of the conversation group adding") → GroupItem (Object) {GroupName, GroupId Integer}',
  }),
  defineRule({
    id: 'create.groups-at-limit',
    endpoint: C,
    title: 'accepts a user\'s 20th conversation group',
    document: 'update_contact_group.page.txt',
    quote: 'Each user can create up to 20 conversation groups.',
  }),
  defineRule({
    id: 'create.group-limit.51010',
    endpoint: C,
    title: 'rejects a user\'s 21st conversation group with 51010',
    document: 'tencent-chat-api-notes.md §4.2',
    quote: '51010 | The conversation group has reached the upper limit. | (20 groups/user)',
    errorCode: 51010,
  }),
  defineRule({
    id: 'create.name-too-long.51011',
    endpoint: C,
    title: 'rejects a new group whose name is over the byte limit with 51011',
    document: 'tencent-chat-api-notes.md §3.1',
    quote: 'GroupName | String | yes | … new: "up to **64** bytes"',
    errorCode: 51011,
  }),
  defineRule({
    id: 'create.contacts-at-limit',
    endpoint: C,
    title: 'accepts a new group with 100 initial conversations',
    document: 'tencent-chat-api-notes.md §3.1',
    quote: 'new: "Initial conversation list, up to 100 items"',
  }),
  defineRule({
    id: 'create.contacts-over-limit',
    endpoint: C,
    title: 'rejects a new group with 101 initial conversations',
    document: 'tencent-chat-api-notes.md §3.1',
    quote: 'new: "Initial conversation list, up to 100 items"',
  }),
  defineRule({
    id: 'get.doc-example',
    endpoint: G,
    title: 'answers the documented first-page request with the user\'s conversations, groups and CompleteFlag',
    document: 'tencent-chat-api-notes.md §3.6',
    quote: '{"From_Account":"user0","StartIndex":0}',
  }),
  defineRule({
    id: 'get.paging.every-item-once',
    endpoint: G,
    title: 'returns every grouped or marked conversation exactly once across pages, ending with CompleteFlag 1',
    document: 'tencent-chat-api-notes.md §3.6',
    quote: 'StartIndex Integer req — "Start index for the current page pulling. Enter 0 for the first pull and enter the value of NextStartIndex returned last time."',
  }),
  defineRule({
    id: 'get.not-imported.50001',
    endpoint: G,
    title: 'rejects a From_Account that was never imported with 50001',
    document: 'tencent-chat-api-notes.md §4.2',
    quote: '50001 | The requested user account is not imported into the Chat System. | import it first',
    errorCode: 50001,
  }),
] as const;
