import fc from 'fast-check';
import { stringOfBytesArb } from './stringOfBytesArb';

/** Options of customMarkArb. */
export interface CustomMarkOptions {
  /** Documented CustomMark limit in UTF-8 bytes. @defaultValue 256 */
  readonly maxBytes?: number;
}

/**
 * CustomMark values by UTF-8 byte length, biased to the documented limit and just past it
 * ("CustomMark ... Up to 256 bytes are supported", mark_contact.txt), plus the empty mark.
 */
export function customMarkArb(options: CustomMarkOptions = {}): fc.Arbitrary<string> {
  const maxBytes = options.maxBytes ?? 256;
  return fc.oneof(
    { arbitrary: stringOfBytesArb({ bytes: fc.integer({ min: 1, max: 12 }) }), weight: 4 },
    { arbitrary: fc.constant(''), weight: 1 },
    { arbitrary: stringOfBytesArb({ bytes: fc.constant(maxBytes) }), weight: 2 },
    { arbitrary: stringOfBytesArb({ bytes: fc.constant(maxBytes + 1) }), weight: 2 },
    { arbitrary: stringOfBytesArb({ bytes: fc.constant(maxBytes), straddle: maxBytes }), weight: 1 },
  );
}
