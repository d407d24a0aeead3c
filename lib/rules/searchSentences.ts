/**
 * The normative sentences of page 53442, Searching for Conversation Group Marks
 * (docs/sources/53442-search_contact_group.txt), and the rules that test each, or why none does.
 */
import { DOC_PAGES } from './docPages';
import { EXCLUSION_REASONS as WHY } from './exclusionReasons';
import { pageSentences } from './pageSentences';
import { requestSentences } from './requestSentences';

const s = pageSentences(DOC_PAGES.searchContactGroup);

export const SEARCH_SENTENCES = Object.freeze([
  ...requestSentences(DOC_PAGES.searchContactGroup, 'search_contact_group'),
  s.tested('{"From_Account": "user_0001","ContactItem": [{"Type": 1,"To_Account": "user_0002"},{"Type": 2,"ToGroupId": "@TGS#1B2AUI7RZ"}]}', 'search.doc-example'),
  s.tested('From_Account String Yes Fill in UserID, request to search conversation group/mark for this user.', 'search.not-imported.50001', 'update.contacts.per-user'),
  s.tested('ContactItem Array Yes List of conversation objects to be searched. Up to 300 conversations can be searched at a time.', 'search.items-at-limit', 'search.items-over-limit'),
  s.tested('Type Integer Yes Conversation type: 1: One-to-one conversation. 2: Group conversation.', 'search.doc-example', 'search.reads-groups-and-marks'),
  s.tested('ToGroupId String No Assign value only for Group conversation, fill in the group ID of the conversation party.', 'search.doc-example'),
  s.tested('To_Account String No Assign value only for One-to-one conversation, fill in the UserID of the conversation party.', 'search.reads-groups-and-marks'),
  s.tested(
    '{"ContactResultItem": [{"Type": 1,"To_Account": "user_0002","StandardMark": "11111110","CustomMark": "abcde","ContactGroupId": [1,2],"Timestamp": 1775217000},{"Type": 2,"ToGroupId": "@TGS#1B2AUI7RZ","StandardMark": "","ContactGroupId": [1],"Timestamp": 1775186067}],"GroupItem": [{"GroupName": "group_0001","GroupId": 1},{"GroupName": "group_0002","GroupId": 2}],"ActionStatus": "OK","ErrorCode": 0,"ErrorInfo": ""}',
    'search.doc-example',
  ),
  s.excused(
    'ContactItem Integer Conversation object.',
    'the response table names this field ContactItem, of type Integer, but the page\'s own sample answers ContactResultItem, an array of objects; the suite follows the sample (search.doc-example, envelope.response-schema)',
  ),
  s.tested('Type Integer Conversation type: 1: One-to-one conversation. 2: Group conversation.', 'envelope.response-schema'),
  s.tested('ToGroupId String Assign value only for Group conversation, fill in the group ID of the conversation party.', 'envelope.response-schema'),
  s.tested('To_Account String Assign value only for One-to-one conversation, fill in the UserID of the conversation party.', 'envelope.response-schema'),
  s.tested('StandardMark String Standard mark capability bit, for example, 011111110.', 'mark.bit-order.consistent', 'mark.set-mark'),
  s.tested('CustomMark String Custom mark.', 'mark.opt-type.custom-only', 'mark.custom-mark.at-limit'),
  s.tested('ContactGroupId Array Group to which the conversation belongs.', 'search.reads-groups-and-marks'),
  s.tested('Timestamp Integer Last update timestamp of the conversation group.', 'mark.timestamp.moves'),
  s.tested('GroupItem Array Conversation group object.', 'search.reads-groups-and-marks'),
  s.tested('GroupName String Conversation group name.', 'search.reads-groups-and-marks', 'update.rename.reads-show-new-name'),
  s.tested('GroupId Integer Conversation group ID.', 'search.reads-groups-and-marks', 'envelope.response-schema'),
  s.tested('ActionStatus String The request result. OK: successful. FAIL: failed.', 'envelope.action-status-matches-error-code', 'envelope.failed-call-changes-nothing'),
  s.tested('ErrorCode Integer Error code in the conversation operation result. 0: Successful. Non-zero: Failed.', 'envelope.action-status-matches-error-code'),
  s.tested('ErrorInfo String Error description in the conversation operation result.', 'envelope.error-info-string'),
  s.tested('50001 The requested UserID has not been imported to Chat. Please import the UserID first.', 'search.not-imported.50001'),
  s.excused('50002 Incorrect request parameter. Check your request according to the error description.', WHY.genericParameterError),
  s.excused(
    '51007 Failed to replace GroupID with GroupCode because an internal error occurred or the group was disbanded.',
    'the page lists the code but not when a search, which only reads, answers it (fail the call, or answer the item with no data); 51007 itself is tested on update and mark (update.contacts.not-member.51007, mark.not-member.51007)',
  ),
]);
