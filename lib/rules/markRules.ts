/** Rules of v4/recentcontact/mark_contact (page 53438, Creating or Updating Conversation Mark Data). */
import { defineRule } from './defineRule';
import { DOC_PAGES } from './docPages';

const M = DOC_PAGES.markContact;
const E = 'recentcontact/mark_contact' as const;

/** Documented behaviour of mark_contact. */
export const MARK_RULES = [
  defineRule({
    id: 'mark.doc-example',
    endpoint: E,
    title: 'answers the documented OptType 3 example with one OK ResultItem and reads it back',
    page: M,
    quote: '{"From_Account": "user_0001","MarkItem": [{"OptType": 3,"ContactItem": {"Type": 1,"To_Account": "user_0002"},"SetMark": [1,2,3],"CustomMark": "abcd"}]}',
  }),
  defineRule({
    id: 'mark.bits.accepted',
    endpoint: E,
    title: 'accepts bits 0, 31, 32 and 63 and reads each back as set',
    page: M,
    quote: 'A standard conversation mark has 64 bits in total: the first 32 bits are internally used by Chat, and the last 32 bits are extended bits that can be customized by customers.',
  }),
  defineRule({
    id: 'mark.bits.out-of-range',
    endpoint: E,
    title: 'rejects bit indices outside 0..63 or not integers (-1, 64, 1.5), with any failure code, and changes nothing',
    page: M,
    quote: 'A standard conversation mark has 64 bits in total',
  }),
  defineRule({
    id: 'mark.set-mark',
    endpoint: E,
    title: 'sets exactly the bits named in SetMark, as read back by search and get',
    page: M,
    quote: 'SetMark Array No Sequence number of the bit for which a standard mark is to be set. The value n indicates to set the mark value for bit n.',
  }),
  defineRule({
    id: 'mark.clear-mark',
    endpoint: E,
    title: 'clears exactly the bits named in ClearMark, as read back by search and get',
    page: M,
    quote: 'ClearMark Array No Sequence number of the bit for which a standard mark is to be canceled. The value n indicates to cancel the mark value for bit n.',
  }),
  defineRule({
    id: 'mark.bit-order.consistent',
    endpoint: E,
    title: 'writes the StandardMark bit string in one consistent bit order',
    page: DOC_PAGES.searchContactGroup,
    quote: 'StandardMark String Standard mark capability bit, for example, 011111110.',
  }),
  defineRule({
    id: 'mark.opt-type.standard-only',
    endpoint: E,
    title: 'OptType 1 changes the standard mark and leaves the custom mark alone',
    page: M,
    quote: 'OptType Integer Yes Operation type: 1: Setting standard conversation marks;',
  }),
  defineRule({
    id: 'mark.opt-type.custom-only',
    endpoint: E,
    title: 'OptType 2 changes the custom mark and leaves the standard mark alone',
    page: M,
    quote: '2: Setting custom conversation marks;',
  }),
  defineRule({
    id: 'mark.opt-type.both',
    endpoint: E,
    title: 'OptType 3 changes both the standard and the custom mark',
    page: M,
    quote: '3: Setting both standard and custom conversation marks.',
  }),
  defineRule({
    id: 'mark.opt-type.invalid.50002',
    endpoint: E,
    title: 'rejects an OptType or conversation Type outside the documented values with 50002',
    page: M,
    quote: '50002 Incorrect request parameter. Check your request according to the error description.',
    errorCode: 50002,
  }),
  defineRule({
    id: 'mark.custom-mark.at-limit',
    endpoint: E,
    title: 'accepts a 256-byte CustomMark and reads it back unchanged',
    page: M,
    quote: 'CustomMark String No Set a custom conversation mark. Up to 256 bytes are supported.',
  }),
  defineRule({
    id: 'mark.custom-mark.too-long',
    endpoint: E,
    title: 'rejects a 257-byte CustomMark and changes nothing',
    page: M,
    quote: 'CustomMark String No Set a custom conversation mark. Up to 256 bytes are supported.',
  }),
  defineRule({
    id: 'mark.batch-at-limit',
    endpoint: E,
    title: 'accepts 100 MarkItem entries in one call',
    page: M,
    quote: 'MarkItem Array Yes Array of conversation marks. The array can contain up to 100 conversation marks.',
  }),
  defineRule({
    id: 'mark.batch-limit.51006',
    endpoint: E,
    title: 'rejects 0 or 101 MarkItem entries with 51006',
    page: M,
    quote: '51006 When you are modifying conversation mark, the number of conversations is empty or exceeds the upper limit of 100.',
    errorCode: 51006,
  }),
  defineRule({
    id: 'mark.disbanded-group.51007',
    endpoint: E,
    title: 'rejects marking a group conversation of a disbanded chat group with 51007',
    page: M,
    quote: '51007 Failed to replace GroupID with GroupCode because an internal error occurred or the group was disbanded.',
    errorCode: 51007,
  }),
  defineRule({
    id: 'mark.conversation-cap.51008',
    endpoint: E,
    title: 'rejects marking a conversation beyond 1000 with 51008',
    page: M,
    quote: '51008 The number of marked conversations has reached the system limit (the default supports up to 1000 conversations).',
    errorCode: 51008,
  }),
  defineRule({
    id: 'mark.not-imported.50001',
    endpoint: E,
    title: 'rejects a From_Account that was never imported with 50001',
    page: M,
    quote: '50001 The requested UserID has not been imported to Chat. Please import the UserID first.',
    errorCode: 50001,
  }),
  defineRule({
    id: 'mark.timestamp.moves',
    endpoint: E,
    title: 'moves the conversation Timestamp forward when its marks change',
    page: DOC_PAGES.searchContactGroup,
    quote: 'Timestamp Integer Last update timestamp of the conversation group.',
  }),
  defineRule({
    id: 'mark.basic-edition.51013',
    endpoint: E,
    title: 'rejects standard marks on an edition without the feature with 51013',
    page: M,
    quote: '51013 The current version does not support Conversation Standard Marking.',
    errorCode: 51013,
  }),
] as const;
