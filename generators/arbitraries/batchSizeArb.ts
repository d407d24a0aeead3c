import fc from 'fast-check';

/** Options of batchSizeArb. */
export interface BatchSizeOptions {
  /**
   * The documented per-call maximum: 100 for ContactUpdateItem / create ContactItem /
   * MarkItem (51006), 300 for search ContactItem. @defaultValue 100
   */
  readonly limit?: number;
}

/**
 * Batch sizes biased to the edges of a documented per-call maximum: 0, 1, limit and
 * limit+1 ("The array can contain up to 100 conversation marks", mark_contact.txt;
 * "Up to 300 conversations can be searched at a time", search_contact_group.txt).
 */
export function batchSizeArb(options: BatchSizeOptions = {}): fc.Arbitrary<number> {
  const limit = options.limit ?? 100;
  return fc.oneof(
    { arbitrary: fc.constantFrom(0, 1, limit, limit + 1), weight: 3 },
    { arbitrary: fc.integer({ min: 2, max: 5 }), weight: 1 },
  );
}
