/**
 * The documented sentences of the two siblings the suite builds and reads state with:
 * page 53437, Creating Conversation Group Data, and page 53440, Pulling Conversation Group Mark
 * Data (excerpts: docs/sources/53437-create_contact_group.txt, 53440-get_contact_group.txt).
 */
import { DOC_PAGES } from './docPages';
import { EXCLUSION_REASONS as WHY } from './exclusionReasons';
import { pageSentences } from './pageSentences';

const c = pageSentences(DOC_PAGES.createContactGroup);
const g = pageSentences(DOC_PAGES.getContactGroup);

export const READ_SENTENCES = Object.freeze([
  c.tested('{"From_Account":"user_0001","GroupContactItem":[{"GroupName":"group_0001","ContactItem":[{"Type":1,"To_Account":"user_0002"},{"Type":2,"ToGroupId":"@TGS#1B2AUI7RZ"}]}]}', 'create.creates-group'),
  c.tested('GroupContactItem Array Yes Only one conversation group can be added at a time', 'create.one-group-per-call'),
  c.tested('GroupName String Yes up to 64 bytes', 'create.name-too-long.51011', 'stateful.boundary-length-names'),
  c.tested('ContactItem Array No Initial conversation list, up to 100 items', 'create.contacts-at-limit', 'create.contacts-over-limit'),
  c.excused('{"GroupResultItem":[{"GroupItem":{"GroupName":"test2","GroupId":2},"ResultItem":[{"ContactItem":{"Type":1,"To_Account":"user1"},"ResultCode":0,"ResultInfo":""}]}],"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","ErrorDisplay":""}', WHY.earlierSample),
  c.tested('GroupResultItem Array Result of the conversation group adding', 'create.creates-group'),
  g.tested('{"From_Account":"user0","StartIndex":0}', 'get.doc-example'),
  g.tested('StartIndex Integer Yes Start index for the current page pulling. Enter 0 for the first pull and enter the value of NextStartIndex returned last time.', 'get.paging.every-item-once'),
  g.tested(
    '{"ContactItem":[{"Type":1,"To_Account":"teacher4","StandardMark":"111001","ContactGroupId":[1,2],"Timestamp":1670843110},{"Type":2,"ToGroupId":"@TGS#1N3RSUYG2","StandardMark":"111001","CustomMark":"abcd","Timestamp":1672998266}],"GroupItem":[{"GroupName":"test1x","GroupId":1},{"GroupName":"test10","GroupId":2}],"CompleteFlag":1,"NextStartIndex":0,"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}',
    'get.doc-example',
  ),
]);
