import { limitSentences } from './docSentences';
import { normaliseDocText } from './normaliseDocText';
import type { DocSentence } from './types';
import { unquotedPieces } from './unquotedPieces';

/** What the matrix is checked against. */
export interface SentenceMatrixContext {
  /** Ids of the catalogue's rules. */
  readonly ruleIds: ReadonlySet<string>;
  /** The vendored text of each page, by page URL; pages absent here are checked for ids and reasons only. */
  readonly pageTexts: ReadonlyMap<string, string>;
}

/**
 * Every problem of a sentence matrix, one line each; [] when it is complete. A sentence must
 * name catalogue rules or give a reason (not both), appear once per page, and be the page's own
 * words; and every sentence of a vendored page with a number or a limit word (docSentences.ts)
 * must be inside some entry of that page, so a newly vendored limit cannot be skipped.
 * Pure: the self-test passes the catalogue's ids and the vendored texts.
 */
export function checkSentenceMatrix(matrix: readonly DocSentence[], context: SentenceMatrixContext): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const entry of matrix) {
    const where = `"${entry.text.slice(0, 90)}" (${entry.page.id} ${entry.page.title})`;
    const rules = entry.rules ?? [];
    if (rules.length === 0 && entry.excused === undefined) problems.push(`${where}: no rule tests it and no reason excuses it`);
    if (rules.length > 0 && entry.excused !== undefined) problems.push(`${where}: names rules and gives a reason; keep one`);
    if (entry.excused !== undefined && entry.excused.trim().length < 20) problems.push(`${where}: the reason is too short to say why`);
    for (const id of rules.filter((r) => !context.ruleIds.has(r))) problems.push(`${where}: rule "${id}" is not in the catalogue`);
    const key = `${entry.page.url} ${normaliseDocText(entry.text)}`;
    if (seen.has(key)) problems.push(`${where}: listed twice`);
    seen.add(key);
    const text = context.pageTexts.get(entry.page.url);
    if (text !== undefined && unquotedPieces(entry.text, text).length > 0) problems.push(`${where}: not the page's own words`);
  }
  for (const [url, text] of context.pageTexts) {
    const entries = matrix.filter((e) => e.page.url === url).map((e) => normaliseDocText(e.text));
    for (const sentence of limitSentences(text).filter((s) => !entries.some((e) => e.includes(s)))) {
      problems.push(`"${sentence.slice(0, 90)}" (${url}): a sentence with a number or a limit word that the matrix does not list`);
    }
  }
  return problems;
}
