import { applyMarkBits } from '../applyMarkBits';
import { arrayField, field, isInteger, isObject, nonEmptyString } from '../bodyReaders';
import { envelopeFail } from '../envelopeFail';
import { envelopeOk } from '../envelopeOk';
import type { Handler, HandlerOutcome } from '../HandlerContext';
import { itemResult, topLevelFailure } from '../itemFailure';
import { readContactItem } from '../readContactItem';
import { renderContactItem } from '../renderContactItem';
import { STANDARD_MARK_BITS } from '../standardMarkBits';
import type { ContactItem } from '../types';
import { UserDraft } from '../UserDraft';
import { utf8ByteLength } from '../utf8ByteLength';

interface MarkOperation {
  readonly optType: 1 | 2 | 3;
  readonly contact: ContactItem;
  readonly setBits: readonly number[];
  readonly clearBits: readonly number[];
  readonly customMark: string | undefined;
}

/**
 * v4/recentcontact/mark_contact (mark_contact.txt, notes §3.5).
 *
 * "OptType ... 1: Setting standard conversation marks; 2: Setting custom conversation marks;
 * 3: Setting both". Bits are 0..63 ("A standard conversation mark has 64 bits in total"),
 * else [INF] 50002; CustomMark "Up to 256 bytes", else [INF] 50002; `CustomMark: ""` clears it
 * ([INF] notes §3.5). 51006: "the number of conversations is empty or exceeds the upper limit of 100".
 */
export const markContact: Handler = (state, body, ctx) => {
  const fail = (code: number): HandlerOutcome => ({ state, response: envelopeFail(code) });
  if (!isObject(body)) return fail(50002);
  const from = nonEmptyString(body, 'From_Account');
  const rawItems = arrayField(body, 'MarkItem');
  if (from === undefined || rawItems === undefined) return fail(50002);
  const operations: MarkOperation[] = [];
  for (const raw of rawItems) {
    const operation = readMarkOperation(raw, ctx.config.limits.customMarkMaxBytes);
    if (operation === undefined) return fail(50002);
    operations.push(operation);
  }
  if (operations.length === 0 || operations.length > ctx.config.limits.maxItemsPerUpdate) return fail(51006);
  const user = state.users.get(from);
  if (user === undefined) return fail(50001);

  const draft = new UserDraft(state, user, ctx);
  const results: Record<string, unknown>[] = [];
  for (const operation of operations) {
    const code = draft.changeConversation(operation.contact, (current) => {
      let { standardMark, customMark } = current;
      if (operation.optType !== 2) {
        const overlap = operation.setBits.some((bit) => operation.clearBits.includes(bit));
        const sameBit = overlap ? ctx.choice('setAndClearSameBit') : 'set-wins';
        standardMark = applyMarkBits(standardMark, operation.setBits, operation.clearBits, { sameBit });
      }
      if (operation.optType !== 1 && operation.customMark !== undefined) {
        customMark = operation.customMark === '' ? undefined : operation.customMark;
      }
      const base = { contact: current.contact, groupIds: current.groupIds, standardMark, timestamp: current.timestamp };
      return customMark === undefined ? base : { ...base, customMark };
    });
    if (code !== 0) {
      const failure = topLevelFailure(code, ctx);
      if (failure !== undefined) return { state, response: failure };
    }
    results.push({ OptType: operation.optType, ContactItem: renderContactItem(operation.contact), ...itemResult(code) });
  }
  return { state: draft.commit(), response: envelopeOk({ ResultItem: results }) };
};

function readMarkOperation(raw: unknown, customMarkMaxBytes: number): MarkOperation | undefined {
  if (!isObject(raw)) return undefined;
  const optType = field(raw, 'OptType');
  const contact = readContactItem(field(raw, 'ContactItem'));
  const setBits = readBits(field(raw, 'SetMark'));
  const clearBits = readBits(field(raw, 'ClearMark'));
  const customMark = field(raw, 'CustomMark');
  if (optType !== 1 && optType !== 2 && optType !== 3) return undefined;
  if (contact === undefined || setBits === undefined || clearBits === undefined) return undefined;
  if (customMark !== undefined && (typeof customMark !== 'string' || utf8ByteLength(customMark) > customMarkMaxBytes)) return undefined;
  return { optType, contact, setBits, clearBits, customMark };
}

/** SetMark/ClearMark: absent, or an array of bit indices 0..63. */
function readBits(value: unknown): readonly number[] | undefined {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return undefined;
  for (const bit of value) if (!isInteger(bit) || bit < 0 || bit >= STANDARD_MARK_BITS) return undefined;
  return value as number[];
}
