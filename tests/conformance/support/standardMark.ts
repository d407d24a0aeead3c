/**
 * Reading the StandardMark bit string. Its character order is undocumented
 * (tencent-chat-api-notes.md §2.4: "Undocumented: character order of the StandardMark
 * bit string … set only bit 1 and observe "10" vs "01"/"010…""), so the suite infers
 * it once and then demands that every later read agrees.
 */

/** The two plausible character orders. */
export type BitOrder = 'msb-first' | 'lsb-first';

/**
 * The order implied by the mark read after setting only bit 1 on a fresh
 * conversation, or undefined when the string fits neither.
 * `"010…"` is read as lsb-first (character i = bit i); `"…10"` as msb-first.
 */
export function inferBitOrder(markWithOnlyBit1: string): BitOrder | undefined {
  const ones = [...markWithOnlyBit1].flatMap((c, i) => (c === '1' ? [i] : []));
  if (ones.length !== 1 || /[^01]/.test(markWithOnlyBit1)) return undefined;
  if (ones[0] === 1) return 'lsb-first';
  if (ones[0] === markWithOnlyBit1.length - 2) return 'msb-first';
  return undefined;
}

/** The set bit indices of a mark string in `order`; undefined when it is not a bit string. */
export function bitsOf(mark: string, order: BitOrder): number[] | undefined {
  if (/[^01]/.test(mark)) return undefined;
  const chars = order === 'lsb-first' ? [...mark] : [...mark].reverse();
  return chars.flatMap((c, i) => (c === '1' ? [i] : []));
}
