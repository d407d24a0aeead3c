import { normaliseDocText } from './normaliseDocText';

/**
 * The sentences of a vendored page (docs/sources/*.txt), normalised (normaliseDocText), in page
 * order, each once. A unit is a line (a table row, or a cell of the one-cell-per-line layout),
 * cut after `.` or `;` where the next sentence starts. Skipped: `#` header lines and JSON sample
 * lines (a sample is listed whole in the sentence matrix, and its numbers are data, not limits).
 */
export function docSentences(pageText: string): string[] {
  const sentences = pageText
    .split('\n')
    .filter((line) => !line.startsWith('#') && !isJsonLine(line.trim()))
    .flatMap((line) => line.replace(/\|/g, ' ').split(/(?<=[.;])\s+(?=[A-Z0-9"(])/))
    .map(normaliseDocText)
    .filter((sentence) => sentence.length > 0);
  return [...new Set(sentences)];
}

/**
 * The sentences that must appear in the sentence matrix whatever a reader thinks of them:
 * those with a number (limits, bit positions, error codes), "up to", "only", "must",
 * "maximum" or "at a time". A newly vendored limit cannot be skipped silently.
 */
export function limitSentences(pageText: string): string[] {
  return docSentences(pageText).filter((sentence) => LIMIT_WORDS.test(sentence));
}

const LIMIT_WORDS = /\d|\bup to\b|\bonly\b|\bmust\b|\bmaximum\b|\bat a time\b/i;

/** A line of a JSON sample: it opens or closes a structure, or starts with a `"key":`. */
function isJsonLine(line: string): boolean {
  return /^[{}[\]]/.test(line) || /^"[^"]*"\s*:/.test(line);
}
