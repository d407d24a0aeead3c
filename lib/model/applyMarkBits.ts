import { STANDARD_MARK_MASK } from './standardMarkBits';

/** Options of applyMarkBits. */
export interface MarkBitsOptions {
  /**
   * Which wins when a bit is in both SetMark and ClearMark (undocumented, notes §3.5).
   * @defaultValue 'set-wins'
   */
  readonly sameBit?: 'set-wins' | 'clear-wins';
}

/**
 * Applies SetMark and ClearMark bit indices to a 64-bit mark ("The value n indicates to
 * set the mark value for bit n", mark_contact.txt). BigInt only: bits 32..63 would be
 * lost to JS 32-bit operators. Indices must already be validated to 0..63.
 */
export function applyMarkBits(mark: bigint, setBits: readonly number[], clearBits: readonly number[], options: MarkBitsOptions = {}): bigint {
  let set = 0n;
  for (const bit of setBits) set |= 1n << BigInt(bit);
  let clear = 0n;
  for (const bit of clearBits) clear |= 1n << BigInt(bit);
  const result = options.sameBit === 'clear-wins' ? (mark | set) & ~clear : (mark & ~clear) | set;
  return result & STANDARD_MARK_MASK;
}
