/**
 * Page text and quotes in one comparable form. The vendored pages come in two layouts of the
 * same content (one table cell per line, or `|`-separated rows; pretty or compact JSON
 * samples), so both sides drop the cell bars, collapse whitespace, and drop the spaces a
 * pretty-printed sample has inside brackets and after a comma between JSON values. Prose
 * keeps its spaces, so a reader's words are never joined.
 */
export function normaliseDocText(text: string): string {
  return text
    .replace(/\|/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/([{[]) /g, '$1')
    .replace(/ ([}\]])/g, '$1')
    .replace(/, (?=["{[])/g, ',')
    .trim();
}
