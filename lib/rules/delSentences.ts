/**
 * The normative sentences of page 53441, Deleting Conversation Group Data
 * (docs/sources/53441-del_contact_group.txt), and the rules that test each, or why none does.
 */
import { DOC_PAGES } from './docPages';
import { EXCLUSION_REASONS as WHY } from './exclusionReasons';
import { pageSentences } from './pageSentences';
import { requestSentences } from './requestSentences';

const s = pageSentences(DOC_PAGES.delContactGroup);

export const DEL_SENTENCES = Object.freeze([
  ...requestSentences(DOC_PAGES.delContactGroup, 'del_contact_group'),
  s.tested('{"From_Account": "user_0001","GroupName": ["group_0001" // only one conversation group can be deleted at a time.]}', 'del.doc-example', 'del.one-group-per-call'),
  s.tested('From_Account String Yes Fill in UserID, request to delete conversation group for this user.', 'del.not-imported.50001', 'del.only-named-group'),
  s.tested('GroupName Array Yes List of conversation groups to be deleted.', 'del.removes-group', 'del.only-named-group'),
  s.tested('Currently, only one conversation group can be deleted at a time.', 'del.one-group-per-call'),
  s.tested('{"GroupItem": [{"GroupName": "group_0001","GroupId": 1}],"ActionStatus": "OK","ErrorCode": 0,"ErrorInfo": ""}', 'del.doc-example'),
  s.tested('GroupItem Array Group object to be deleted.', 'del.doc-example', 'del.removes-group'),
  s.tested('GroupName String Name of the conversation group to be deleted.', 'del.doc-example'),
  s.tested('GroupId Integer ID of the conversation group to be deleted.', 'del.removes-group', 'envelope.response-schema'),
  s.tested('ActionStatus String Request result. OK: Successful; FAIL: Failed.', 'envelope.action-status-matches-error-code', 'envelope.failed-call-changes-nothing'),
  s.tested('ErrorCode Integer Error code. 0: Successful; other values: Failed.', 'envelope.action-status-matches-error-code'),
  s.tested('ErrorInfo String Error information.', 'envelope.error-info-string'),
  s.tested('50001 The requested UserID has not been imported to Chat. Please import the UserID first.', 'del.not-imported.50001'),
  s.excused('50002 Incorrect request parameter. Check your request according to the error description.', WHY.genericParameterError),
  s.tested('51009 The specified conversation group was not found. Please verify that the group name is correct.', 'del.unknown-group.51009'),
  s.excused('51011 The conversation group name contains more than 64 bytes.', WHY.nameTooLongOnDelete),
  s.tested('51013 The current version does not support conversation grouping. To use this feature, please upgrade to the Pro edition, Pro edition Plus, or Enterprise edition.', 'del.basic-edition.51013'),
]);
