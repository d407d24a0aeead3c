import { applyMarkBits } from '../applyMarkBits';
import { arrayField, field, isInteger, isObject, nonEmptyString } from '../bodyReaders';
import { envelopeFail } from '../envelopeFail';
import { envelopeOk } from '../envelopeOk';
import type { Handler, HandlerContext, HandlerOutcome } from '../HandlerContext';
import { BatchFailures, itemResult } from '../itemFailure';
import { readContactItem } from '../readContactItem';
import { renderContactItem } from '../renderContactItem';
import { reportedError } from '../reportedError';
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
  /** A value over a documented limit in a field this OptType uses (a bit outside 0..63, a CustomMark over 256 bytes). */
  readonly overLimit: boolean;
}

/**
 * v4/recentcontact/mark_contact (mark_contact.txt, notes §3.5).
 *
 * "OptType ... 1: Setting standard conversation marks; 2: Setting custom conversation marks;
 * 3: Setting both". "A standard conversation mark has 64 bits in total" and CustomMark "Up to
 * 256 bytes are supported": a value past either limit is rejected, with no code given, on the
 * item or the call (placeInvalidMarkValue); a field the OptType ignores may or may not be
 * validated (ignoredFieldValidation). `CustomMark: ""` clears it ([INF] notes §3.5).
 * 51006: "the number of conversations is empty or exceeds the upper limit of 100".
 */
export const markContact: Handler = (state, body, ctx) => {
  const fail = (code: number): HandlerOutcome => ({ state, response: envelopeFail(code) });
  if (!isObject(body)) return fail(50002);
  const from = nonEmptyString(body, 'From_Account');
  const rawItems = arrayField(body, 'MarkItem');
  if (from === undefined || rawItems === undefined) return fail(50002);
  const errors: number[] = [];
  const operations: MarkOperation[] = [];
  for (const raw of rawItems) {
    const operation = readMarkOperation(raw, ctx);
    if (operation === undefined) errors.push(50002);
    else operations.push(operation);
  }
  if (rawItems.length === 0 || rawItems.length > ctx.config.limits.maxItemsPerUpdate) errors.push(51006);
  const user = state.users.get(from);
  if (user === undefined) errors.push(50001);
  const overLimitCode = operations.some((op) => op.overLimit) ? ctx.undocumentedCode() : undefined;
  const overLimitOnItems = overLimitCode !== undefined && ctx.choice('placeInvalidMarkValue') === 'per-item';
  if (overLimitCode !== undefined && !overLimitOnItems) errors.push(overLimitCode);
  const rejected = reportedError(ctx, errors);
  if (rejected !== undefined || user === undefined) return fail(rejected ?? 50002);

  const draft = new UserDraft(state, user, ctx);
  const failures = new BatchFailures(ctx);
  const results: Record<string, unknown>[] = [];
  for (const operation of operations) {
    const head = { OptType: operation.optType, ContactItem: renderContactItem(operation.contact) };
    if (operation.overLimit) {
      results.push({ ...head, ...itemResult(overLimitCode!) });
      continue;
    }
    const failure = draft.changeConversation(operation.contact, (current) => {
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
    }, 'g2cCheckOnMark');
    results.push({ ...head, ...failures.record(failure) });
  }
  const callFailure = failures.callFailure();
  if (callFailure !== undefined) return { state: callFailure.othersApplied ? draft.commit() : state, response: callFailure.response };
  return { state: draft.commit(), response: envelopeOk({ ResultItem: results }) };
};

/**
 * One MarkItem, or undefined for a wrong shape (50002). Bits and CustomMark past their limits
 * make `overLimit`; in a field the OptType ignores they count only under
 * `ignoredFieldValidation: 'validate'` (and a wrongly typed ignored field is then a wrong shape).
 */
function readMarkOperation(raw: unknown, ctx: HandlerContext): MarkOperation | undefined {
  if (!isObject(raw)) return undefined;
  const optType = field(raw, 'OptType');
  const contact = readContactItem(field(raw, 'ContactItem'));
  if ((optType !== 1 && optType !== 2 && optType !== 3) || contact === undefined) return undefined;
  const usesBits = optType !== 2;
  const usesCustom = optType !== 1;
  const setBits = readBits(field(raw, 'SetMark'));
  const clearBits = readBits(field(raw, 'ClearMark'));
  const customValue = field(raw, 'CustomMark');
  const customMark = customValue === undefined || typeof customValue === 'string' ? customValue : null;
  const bitsProblem = setBits === undefined || clearBits === undefined ? 'shape' : setBits.outOfRange || clearBits.outOfRange ? 'limit' : undefined;
  const customProblem = customMark === null ? 'shape' : customMark !== undefined && utf8ByteLength(customMark) > ctx.config.limits.customMarkMaxBytes ? 'limit' : undefined;
  // A problem in a field this OptType ignores counts only if the target validates ignored fields.
  const validated = (uses: boolean, problem: 'shape' | 'limit' | undefined) => {
    if (problem === undefined || uses) return problem;
    return ctx.choice('ignoredFieldValidation') === 'validate' ? problem : undefined;
  };
  const problems = [validated(usesBits, bitsProblem), validated(usesCustom, customProblem)];
  if (problems.includes('shape')) return undefined;
  return {
    optType,
    contact,
    setBits: usesBits ? setBits!.bits : [],
    clearBits: usesBits ? clearBits!.bits : [],
    customMark: usesCustom ? (customMark ?? undefined) : undefined,
    overLimit: problems.includes('limit'),
  };
}

/** SetMark/ClearMark: absent, or an array of numbers; integers outside 0..63 and fractions are over the limit. */
function readBits(value: unknown): { bits: readonly number[]; outOfRange: boolean } | undefined {
  if (value === undefined) return { bits: [], outOfRange: false };
  if (!Array.isArray(value) || !value.every((bit) => typeof bit === 'number')) return undefined;
  const outOfRange = value.some((bit) => !isInteger(bit) || bit < 0 || bit >= STANDARD_MARK_BITS);
  return { bits: value as number[], outOfRange };
}
