/**
 * Length of a string in UTF-8 bytes, the unit of every documented name limit
 * ("GroupName ... up to 64 bytes", update_contact_group.page.txt; "CustomMark ... Up to
 * 256 bytes", mark_contact.txt).
 *
 * Counted by hand (no TextEncoder allocation) because the mock validates names on
 * every write. A lone surrogate counts 3 bytes, as TextEncoder encodes it (U+FFFD).
 */
export function utf8ByteLength(s: string): number {
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const unit = s.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < s.length) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}
