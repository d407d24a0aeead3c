/** A run of text in a short diff; `changed` marks the part that differs from the other side. */
export interface DiffPiece {
  text: string;
  changed: boolean;
}

/** Expected and actual cut down to the part a reader needs, with the differing middle marked. */
export interface ShortDiff {
  expected: DiffPiece[];
  actual: DiffPiece[];
  /** Something was cut: the report shows the full texts one click away. */
  clipped: boolean;
}

export interface ShortDiffOptions {
  /** Characters kept of a side that is shown whole, or of the differing middle. @defaultValue 200 */
  width?: number;
  /** Characters of common text kept on each side of the differing middle. @defaultValue 40 */
  context?: number;
}

const ELLIPSIS = '…';

/** Characters of a leading label (see below) kept before the aligned text. */
const LABEL_WIDTH = 80;
/** How much of one side's start must appear in the other to count as aligned after a label. */
const ANCHOR = 16;

/**
 * Expected vs actual for the first screen of a failing report: a one-line answer of a few
 * thousand characters must not push the next failure off the screen. When the two share a
 * common prefix and suffix covering at least half of the shorter one (`ErrorCode 51011` vs
 * `ErrorCode 0`, or two long JSON bodies that differ in one field), only the differing middle
 * is marked, with a little context either side; otherwise each side is shown whole, clipped
 * at `width`. A leading label on one side only (a stateful failure's expected reads
 * `step 11 final ReadBack(A): search_contact_group GroupItem: {...}` against an actual `{...}`)
 * is set aside first and kept, unmarked, as the line's start. Works on code points, so a cut
 * never splits a character.
 */
export function shortDiff(expected: string, actual: string, options: ShortDiffOptions = {}): ShortDiff {
  const width = options.width ?? 200;
  const context = options.context ?? 40;
  const [labelE, labelA] = leadingLabels(expected, actual);
  const e = Array.from(expected.slice(labelE.length));
  const a = Array.from(actual.slice(labelA.length));
  const shorter = Math.min(e.length, a.length);
  let prefix = 0;
  while (prefix < shorter && e[prefix] === a[prefix]) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && e[e.length - 1 - suffix] === a[a.length - 1 - suffix]) suffix++;
  const aligned = expected !== actual && prefix + suffix > 0 && (prefix + suffix) * 2 >= shorter;
  if (!aligned) {
    const [exp, expCut] = clipEnd(Array.from(expected), width);
    const [act, actCut] = clipEnd(Array.from(actual), width);
    return { expected: [{ text: exp, changed: false }], actual: [{ text: act, changed: false }], clipped: expCut || actCut };
  }
  const side = (label: string, chars: string[]) => {
    const [lead, leadCut] = clipEnd(Array.from(label), LABEL_WIDTH);
    const [before, beforeCut] = clipStart(chars.slice(0, prefix), context);
    const [middle, middleCut] = clipEnd(chars.slice(prefix, chars.length - suffix), width);
    const [after, afterCut] = clipEnd(chars.slice(chars.length - suffix), context);
    const pieces = [
      { text: lead + (leadCut && before ? ' ' : ''), changed: false },
      { text: before, changed: false },
      { text: middle, changed: true },
      { text: after, changed: false },
    ].filter((p) => p.changed || p.text !== '');
    return { pieces, cut: leadCut || beforeCut || middleCut || afterCut };
  };
  const exp = side(labelE, e);
  const act = side(labelA, a);
  return { expected: exp.pieces, actual: act.pieces, clipped: exp.cut || act.cut };
}

/** The text before the point where one side's start reappears in the other, for each side. */
function leadingLabels(expected: string, actual: string): [string, string] {
  const at = (whole: string, part: string) => (part.length >= ANCHOR ? whole.indexOf(part.slice(0, ANCHOR)) : -1);
  const inExpected = at(expected, actual);
  if (inExpected > 0) return [expected.slice(0, inExpected), ''];
  const inActual = at(actual, expected);
  if (inActual > 0) return ['', actual.slice(0, inActual)];
  return ['', ''];
}
/** The first `width` characters, with an ellipsis when cut. */
function clipEnd(chars: string[], width: number): [string, boolean] {
  return chars.length <= width ? [chars.join(''), false] : [chars.slice(0, width - 1).join('') + ELLIPSIS, true];
}

/** The last `width` characters, with an ellipsis when cut. */
function clipStart(chars: string[], width: number): [string, boolean] {
  return chars.length <= width ? [chars.join(''), false] : [ELLIPSIS + chars.slice(chars.length - width + 1).join(''), true];
}
