import fc from 'fast-check';

/** Options of markBitsArb. */
export interface MarkBitsOptions {
  /** Also produce out-of-range indices (64, -1) for invalid variants. @defaultValue false */
  readonly includeInvalid?: boolean;
  /** Largest set size. @defaultValue 4 */
  readonly maxLength?: number;
}

/**
 * Sets of StandardMark bit indices for SetMark / ClearMark, biased to the edges of the
 * 64-bit mark and of its two 32-bit halves: 0, 31, 32, 63 ("A standard conversation mark
 * has 64 bits in total: the first 32 bits are internally used by Chat, and the last 32
 * bits are extended bits", mark_contact.txt).
 */
export function markBitsArb(options: MarkBitsOptions = {}): fc.Arbitrary<number[]> {
  const bit = fc.oneof(
    { arbitrary: fc.constantFrom(0, 31, 32, 63), weight: 3 },
    { arbitrary: fc.integer({ min: 0, max: 63 }), weight: 2 },
    ...(options.includeInvalid ? [{ arbitrary: fc.constantFrom(64, -1), weight: 1 }] : []),
  );
  return fc.uniqueArray(bit, { maxLength: options.maxLength ?? 4 });
}
