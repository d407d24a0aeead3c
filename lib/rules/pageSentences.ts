import type { DocPage } from './docPages';
import type { DocSentence } from './types';

/** Builders for one page's sentence-matrix entries, so each page file reads as a table. */
export interface PageSentences {
  /** A sentence the named catalogue rules test. */
  tested(text: string, ...rules: string[]): DocSentence;
  /** A sentence no rule tests, and why (exclusionReasons.ts or a reason of its own). */
  excused(text: string, reason: string): DocSentence;
}

/** The builders for `page`. */
export function pageSentences(page: DocPage): PageSentences {
  return {
    tested: (text, ...rules) => Object.freeze({ page, text, rules: Object.freeze(rules) }),
    excused: (text, reason) => Object.freeze({ page, text, excused: reason }),
  };
}
