import { parseStandardMark } from '../../model/parseStandardMark';
import type { StepAnswer } from '../Probe';

type Json = Record<string, unknown>;

function records(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter((v): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)) : [];
}

/**
 * Readers of one side's (tokenised) answers, for the choice probes' `reveal`: the fields of
 * the documented response shapes (notes §3.1–§3.6) a choice shows in. Each returns undefined
 * when the answer is missing or lacks the field, so a lost answer reveals nothing.
 */
export const read = {
  ok: (answer: StepAnswer): boolean => answer?.ActionStatus === 'OK' && answer.ErrorCode === 0,
  /** The call's ErrorCode. */
  code: (answer: StepAnswer): number | undefined => (typeof answer?.ErrorCode === 'number' ? answer.ErrorCode : undefined),
  /** GroupId of a create_contact_group answer. */
  createdId: (answer: StepAnswer): unknown => (records(answer?.GroupResultItem)[0]?.GroupItem as Json | undefined)?.GroupId,
  /** ResultCode of the first item of an update (ContactResultItem) or mark (ResultItem) answer. */
  firstItemCode: (answer: StepAnswer): unknown => {
    const result = answer?.UpdateGroupResult as Json | undefined;
    return (records(result?.ContactResultItem)[0] ?? records(answer?.ResultItem)[0])?.ResultCode;
  },
  /**
   * Where a batch item's failure went: `top-level` (call FAIL), `per-item` (call OK, item
   * ResultCode ≠ 0), or undefined when nothing failed or the answer is lost.
   */
  placement: (answer: StepAnswer): 'top-level' | 'per-item' | undefined => {
    if (answer === undefined) return undefined;
    if (!read.ok(answer)) return 'top-level';
    const code = read.firstItemCode(answer);
    return typeof code === 'number' && code !== 0 ? 'per-item' : undefined;
  },
  /** The failure code of a call or of its first item; 0 when both succeeded. */
  anyCode: (answer: StepAnswer): unknown => (read.ok(answer) ? read.firstItemCode(answer) : read.code(answer)),
  /** The item of a search (ContactResultItem) or get (ContactItem) answer for a C2C peer or chat group. */
  item: (answer: StepAnswer, id: string): Json | undefined =>
    [...records(answer?.ContactResultItem), ...records(answer?.ContactItem)].find((i) => i.To_Account === id || i.ToGroupId === id),
  /** Conversations listed in a search or get answer, in answer order (their To_Account / ToGroupId). */
  listed: (answer: StepAnswer): string[] => [...records(answer?.ContactResultItem), ...records(answer?.ContactItem)].map((i) => String(i.To_Account ?? i.ToGroupId)),
  /** GroupItem dictionary entries of a search or get answer. */
  groups: (answer: StepAnswer): Json[] => records(answer?.GroupItem),
  /** The set bits of an item's StandardMark read in `order`; undefined when it is not a bit string. */
  bits: (item: Json | undefined, order: 'msb-first' | 'lsb-first'): bigint | undefined => {
    try {
      return parseStandardMark(typeof item?.StandardMark === 'string' ? item.StandardMark : '', order);
    } catch {
      return undefined;
    }
  },
};
