/**
 * The 64-bit StandardMark ("A standard conversation mark has 64 bits in total",
 * mark_contact.txt). Always BigInt: JS bit operators are 32-bit and would lose bits 32..63.
 */
export const STANDARD_MARK_BITS = 64;

/** All 64 bits set. */
export const STANDARD_MARK_MASK = (1n << 64n) - 1n;

/** Character order of the StandardMark bit string (undocumented, notes §2.4). */
export type StandardMarkBitOrder = 'msb-first' | 'lsb-first';
