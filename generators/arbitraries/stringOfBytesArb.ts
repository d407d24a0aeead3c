import fc from 'fast-check';

/** Sample characters by UTF-8 width (1, 2, 3 and 4 bytes). No spaces: servers may trim them. */
const CHARS_BY_WIDTH: Readonly<Record<1 | 2 | 3 | 4, readonly string[]>> = {
  1: ['a', 'b', 'z', 'Q', '0', '9', '_', '-'],
  2: ['é', 'ß', 'ж', 'ω'],
  3: ['中', '文', 'あ', '€'],
  4: ['😀', '𝄞', '🎉'],
};

/** Options of stringOfBytesArb. */
export interface StringOfBytesOptions {
  /** Exact UTF-8 byte length of the generated strings. */
  readonly bytes: fc.Arbitrary<number>;
  /**
   * When set, the last character is a multibyte one that straddles this byte limit
   * (starts at or before the limit, ends after it), so a server that cuts or counts
   * by characters sees a different length than one counting bytes. @defaultValue undefined
   */
  readonly straddle?: number;
}

/**
 * Strings measured in UTF-8 bytes, mixing 1-, 2-, 3- and 4-byte characters.
 * Every documented length limit of these APIs is in bytes ("Maximum length: 64 bytes",
 * update_contact_group.page.txt; "Up to 256 bytes", mark_contact.txt), so generators
 * must aim at byte lengths, not `.length` or code points.
 */
export function stringOfBytesArb(options: StringOfBytesOptions): fc.Arbitrary<string> {
  const widths = fc.array(fc.constantFrom<1 | 2 | 3 | 4>(1, 2, 3, 4), { maxLength: 400 });
  const picks = fc.array(fc.nat(7), { maxLength: 400 });
  return fc.tuple(options.bytes, widths, picks).map(([bytes, widthList, pickList]) => {
    if (options.straddle !== undefined) return straddling(options.straddle, widthList, pickList);
    return fill(bytes, widthList, pickList);
  });
}

/** Exactly `bytes` bytes: the chosen widths while they fit, then ASCII. */
function fill(bytes: number, widths: readonly (1 | 2 | 3 | 4)[], picks: readonly number[]): string {
  let out = '';
  let remaining = bytes;
  let i = 0;
  while (remaining > 0) {
    const wanted = widths[i] ?? 1;
    const width = wanted <= remaining ? wanted : 1;
    const table = CHARS_BY_WIDTH[width];
    out += table[(picks[i] ?? i) % table.length];
    remaining -= width;
    i++;
  }
  return out;
}

/** `limit - k` bytes of filler then one (k+1..4)-byte character crossing the limit. */
function straddling(limit: number, widths: readonly (1 | 2 | 3 | 4)[], picks: readonly number[]): string {
  const width = Math.max(2, widths[0] ?? 4) as 2 | 3 | 4;
  const before = Math.max(0, limit - (width - 1));
  const table = CHARS_BY_WIDTH[width];
  return fill(before, widths.slice(1), picks.slice(1)) + table[(picks[0] ?? 0) % table.length];
}
