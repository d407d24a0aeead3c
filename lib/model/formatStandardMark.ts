import type { StandardMarkBitOrder } from './standardMarkBits';

/**
 * The StandardMark bit string of a read response ("Standard mark capability bit,
 * for example, 011111110", search_contact_group.txt).
 *
 * - `'msb-first'`: the uint64 in binary without leading zeros, so `"11111110"` = bits 1..7.
 * - `'lsb-first'`: character i is bit i, trailing zeros trimmed.
 *
 * Zero is `""` in both orders, as in the 2026 search sample (`"StandardMark": ""`).
 */
export function formatStandardMark(mark: bigint, order: StandardMarkBitOrder): string {
  if (mark === 0n) return '';
  const binary = mark.toString(2);
  return order === 'msb-first' ? binary : reverse(binary);
}

function reverse(text: string): string {
  let out = '';
  for (let i = text.length - 1; i >= 0; i--) out += text[i];
  return out;
}
