/**
 * Group names and custom marks of an exact UTF-8 byte length, built from 1-, 2-, 3-
 * and 4-byte characters, so limits are probed in bytes, not characters
 * (update_contact_group.page.txt: "Maximum length: 64 bytes").
 */

/** One character of each UTF-8 width: 1 byte `a`, 2 bytes `é`, 3 bytes `中`, 4 bytes `😀`. */
export const CHAR_OF_WIDTH = { 1: 'a', 2: 'é', 3: '中', 4: '😀' } as const;

/** Byte width of a UTF-8 character. */
export type CharWidth = keyof typeof CHAR_OF_WIDTH;

/** UTF-8 byte length of a string. */
export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * A string of exactly `bytes` UTF-8 bytes made of `width`-byte characters, padded
 * with ASCII to hit the length, and starting with `tag` (ASCII) so names differ.
 * With `straddle`, the last character is a multibyte one that ends exactly on the
 * limit, so a server counting characters instead of bytes sees fewer "units".
 */
export function textOfBytes(bytes: number, options: { width?: CharWidth; tag?: string } = {}): string {
  const width = options.width ?? 1;
  const tag = options.tag ?? '';
  const char = CHAR_OF_WIDTH[width];
  let text = tag;
  while (utf8Bytes(text) + width <= bytes) text += char;
  while (utf8Bytes(text) < bytes) text = 'b' + text;
  if (utf8Bytes(text) !== bytes) throw new Error(`cannot build a ${bytes}-byte text from tag "${tag}"`);
  return text;
}

/**
 * A string of exactly `bytes` bytes whose final multibyte character crosses the
 * `bytes - 1` boundary: ASCII up to `bytes - width`, then one `width`-byte char.
 */
export function textStraddling(bytes: number, options: { width: 2 | 3 | 4; tag?: string }): string {
  const head = textOfBytes(bytes - options.width, { tag: options.tag ?? '' });
  return head + CHAR_OF_WIDTH[options.width];
}
