import { normaliseDocText } from './normaliseDocText';

/**
 * The pieces of `quote` that `pageText` does not contain (normaliseDocText on both sides);
 * [] when the quote is the page's own words. A quote may join cells of table rows that are not
 * adjacent on the page, so when the whole quote is not found, each of its sentences (cut after
 * `.` or `;` where the next one starts) must be found on its own.
 */
export function unquotedPieces(quote: string, pageText: string): string[] {
  const page = normaliseDocText(pageText);
  const whole = normaliseDocText(quote);
  if (page.includes(whole)) return [];
  return whole.split(/(?<=[.;]) (?=[A-Z0-9"(])/).filter((piece) => !page.includes(piece));
}
