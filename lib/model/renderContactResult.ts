import { formatStandardMark } from './formatStandardMark';
import type { HandlerContext } from './HandlerContext';
import type { ContactItem, ConversationRecord } from './types';

/**
 * One conversation as the read responses show it (search ContactResultItem, get ContactItem):
 * `{Type, To_Account|ToGroupId, StandardMark, CustomMark?, ContactGroupId?, Timestamp}`.
 * Field presence follows the samples (notes §2.2): CustomMark omitted when never set,
 * ContactGroupId omitted when empty, StandardMark `""` when zero (2026 search sample).
 *
 * `record` undefined renders the no-data item `{..., StandardMark:"", Timestamp:0}` that
 * `searchEmptyItem: 'include-empty'` returns.
 *
 * `standardMarkBitOrder` is consulted only when the two orders would print different strings.
 */
export function renderContactResult(contact: ContactItem, record: ConversationRecord | undefined, ctx: HandlerContext): Record<string, unknown> {
  const out: Record<string, unknown> =
    contact.Type === 1 ? { Type: 1, To_Account: contact.To_Account } : { Type: 2, ToGroupId: contact.ToGroupId };
  if (record === undefined) {
    out.StandardMark = '';
    out.Timestamp = 0;
    return out;
  }
  out.StandardMark = renderMark(record.standardMark, ctx);
  if (record.customMark !== undefined) out.CustomMark = record.customMark;
  if (record.groupIds.length > 0) out.ContactGroupId = [...record.groupIds];
  out.Timestamp = record.timestamp;
  return out;
}

function renderMark(mark: bigint, ctx: HandlerContext): string {
  if (mark === 0n) return '';
  const msb = formatStandardMark(mark, 'msb-first');
  const lsb = formatStandardMark(mark, 'lsb-first');
  if (msb === lsb) return msb;
  return ctx.choice('standardMarkBitOrder') === 'msb-first' ? msb : lsb;
}
