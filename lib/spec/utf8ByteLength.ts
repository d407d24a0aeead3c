/**
 * Byte length of a string encoded as UTF-8, the unit the API's name limits are written in
 * ("The conversation group name contains more than 64 bytes", update_contact_group.page.txt, 51011).
 *
 * JSON Schema `maxLength` counts code points, so it cannot express these limits.
 * A lone surrogate counts 3 bytes, as `TextEncoder` writes it as U+FFFD.
 *
 * @example
 * utf8ByteLength('é'); // 2
 */
export function utf8ByteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
