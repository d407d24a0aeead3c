/**
 * The normative sentences of page 53438, Creating or Updating Conversation Mark Data
 * (docs/sources/53438-mark_contact.txt), and the rules that test each, or why none does.
 */
import { DOC_PAGES } from './docPages';
import { EXCLUSION_REASONS as WHY } from './exclusionReasons';
import { pageSentences } from './pageSentences';
import { requestSentences } from './requestSentences';

const s = pageSentences(DOC_PAGES.markContact);
const OPT_TYPES = 'Operation type: 1: Setting standard conversation marks; 2: Setting custom conversation marks; 3: Setting both standard and custom conversation marks.';

export const MARK_SENTENCES = Object.freeze([
  ...requestSentences(DOC_PAGES.markContact, 'mark_contact'),
  s.tested('{"From_Account": "user_0001","MarkItem": [{"OptType": 3,"ContactItem": {"Type": 1,"To_Account": "user_0002"},"SetMark": [1,2,3],"CustomMark": "abcd"}]}', 'mark.doc-example'),
  s.tested('From_Account String Yes Fill in UserID, request to create conversation marks for this user.', 'mark.not-imported.50001'),
  s.tested('MarkItem Array Yes Array of conversation marks. The array can contain up to 100 conversation marks.', 'mark.batch-at-limit', 'mark.batch-limit.51006'),
  s.tested(`OptType Integer Yes ${OPT_TYPES}`, 'mark.opt-type.standard-only', 'mark.opt-type.custom-only', 'mark.opt-type.both', 'mark.opt-type.invalid.50002'),
  s.tested('ContactItem Object Yes Conversation object to be operated.', 'mark.set-mark'),
  s.tested('Type Integer Yes Conversation type: 1: One-to-one conversation. 2: Group conversation.', 'mark.set-mark', 'mark.disbanded-group.51007', 'mark.opt-type.invalid.50002'),
  s.tested('ToGroupId String No Assign value only for Group conversation, fill in the group ID of the conversation party.', 'mark.disbanded-group.51007'),
  s.tested('To_Account String No Assign value only for One-to-one conversation, fill in the UserID of the conversation party.', 'mark.set-mark'),
  s.tested('ClearMark Array No Sequence number of the bit for which a standard mark is to be canceled. The value n indicates to cancel the mark value for bit n.', 'mark.clear-mark', 'stateful.set-clear-mark-bits'),
  s.tested('SetMark Array No Sequence number of the bit for which a standard mark is to be set. The value n indicates to set the mark value for bit n.', 'mark.set-mark', 'mark.bits.accepted', 'stateful.set-clear-mark-bits'),
  s.tested('CustomMark String No Set a custom conversation mark. Up to 256 bytes are supported.', 'mark.custom-mark.at-limit', 'mark.custom-mark.too-long'),
  s.tested(
    'A standard conversation mark has 64 bits in total: the first 32 bits are internally used by Chat, and the last 32 bits are extended bits that can be customized by customers.',
    'mark.bits.accepted',
    'mark.bits.out-of-range',
    'stateful.set-clear-mark-bits',
  ),
  s.excused('Internal bits are described as follows:Bit 0: Mark a conversation as "favorite"Bit 1: Mark a conversation (important conversation) as unreadBit 2: Mark a conversation as collapsedBit 3: Mark a conversation as hidden', WHY.markMeaning),
  s.tested('{"ResultItem": [{"OptType": 3,"ContactItem": {"Type": 1,"To_Account": "user_0002"},"ResultCode": 0,"ResultInfo": ""}],"ActionStatus": "OK","ErrorCode": 0,"ErrorInfo": ""}', 'mark.doc-example'),
  s.tested('ResultItem Array Conversation mark operation result.', 'mark.doc-example', 'envelope.item-result-fields'),
  s.tested(`OptType Integer ${OPT_TYPES}`, 'mark.doc-example'),
  s.tested('ContactItem Object Conversation object.', 'mark.doc-example'),
  s.tested('Type Integer Conversation type: 1: One-to-one conversation. 2: Group conversation.', 'envelope.response-schema'),
  s.tested('ToGroupId String Assign value only for Group conversation, fill in the group ID of the conversation party.', 'envelope.response-schema'),
  s.tested('To_Account String Assign value only for One-to-one conversation, fill in the UserID of the conversation party.', 'envelope.response-schema'),
  s.tested('ResultCode Integer The result. 0 means success and other values mean failure. For details on non-zero results, see Error Codes.', 'envelope.item-result-fields', 'mark.disbanded-group.51007'),
  s.tested('ResultInfo String Error description of To_Account. This field is empty if the request is successful.', 'envelope.item-result-fields'),
  s.tested('ActionStatus String The request result. OK: successful. FAIL: failed.', 'envelope.action-status-matches-error-code', 'envelope.failed-call-changes-nothing'),
  s.tested('ErrorCode Integer Error code in the conversation operation result. 0: Successful. Non-zero: Failed.', 'envelope.action-status-matches-error-code'),
  s.tested('ErrorInfo String Error description in the conversation operation result.', 'envelope.error-info-string'),
  s.tested('50001 The requested UserID has not been imported to Chat. Please import the UserID first.', 'mark.not-imported.50001'),
  s.tested('50002 Incorrect request parameter. Check your request according to the error description.', 'mark.opt-type.invalid.50002', 'mark.bits.out-of-range'),
  s.tested('51006 When you are modifying conversation mark, the number of conversations is empty or exceeds the upper limit of 100.', 'mark.batch-limit.51006'),
  s.tested('51007 Failed to replace GroupID with GroupCode because an internal error occurred or the group was disbanded.', 'mark.disbanded-group.51007'),
  s.tested('51008 The number of marked conversations has reached the system limit (the default supports up to 1000 conversations).', 'mark.conversation-cap.51008'),
  s.tested('51013 The current version does not support Conversation Standard Marking. To access this feature, please upgrade to the Pro edition, Pro edition Plus, or Enterprise edition.', 'mark.basic-edition.51013'),
]);
