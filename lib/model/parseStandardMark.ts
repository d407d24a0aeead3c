import { STANDARD_MARK_BITS, type StandardMarkBitOrder } from './standardMarkBits';

/**
 * The inverse of formatStandardMark: reads a StandardMark bit string in the given order.
 * Leading (msb-first) or trailing (lsb-first) zeros are accepted, as the doc's own
 * example `"011111110"` has one (search_contact_group.txt).
 *
 * @throws RangeError with one line when the text is not 0..64 characters of `0`/`1`;
 *   callers at the test edge report it as a conformance finding.
 */
export function parseStandardMark(text: string, order: StandardMarkBitOrder): bigint {
  if (!/^[01]*$/.test(text)) throw new RangeError(`StandardMark ${JSON.stringify(text.slice(0, 80))} is not a bit string`);
  const msbFirst = order === 'msb-first' ? text : [...text].reverse().join('');
  const significant = msbFirst.replace(/^0+/, '');
  if (significant.length > STANDARD_MARK_BITS) {
    throw new RangeError(`StandardMark has ${significant.length} significant bits; the mark has ${STANDARD_MARK_BITS}`);
  }
  return significant === '' ? 0n : BigInt(`0b${significant}`);
}
