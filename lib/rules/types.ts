/**
 * A documented rule of the API, as the catalogue (catalogue.ts) records it.
 * Every conformance test names the rule or rules it checks with `rule(id)`
 * annotations; the summary and the HTML report read the catalogue to list them.
 */
import type { ApiPath } from '../apis';
import type { DocPage } from './docPages';

/** Where a rule comes from: a public page a reader can open, and the sentence quoted from it. */
export interface RuleSource {
  /** The page title, e.g. `Updating Conversation Group Data`. */
  readonly title: string;
  /** The page URL, one of docPages.ts. */
  readonly url: string;
  /** The sentence quoted from the page (table cells joined by spaces). */
  readonly quote: string;
}

export interface RuleDefinition {
  /** Stable id: `{endpoint short}.{feature}.{case}[.{code}]`, e.g. `update.rename.name-too-long.51011`. */
  readonly id: string;
  readonly endpoint: ApiPath | 'gateway';
  /** The rule as a sentence, e.g. `rejects a group name over the byte limit with 51011`. */
  readonly title: string;
  readonly source: RuleSource;
  /** The documented error code the rule is about, if any. */
  readonly errorCode?: number;
}

/**
 * One normative sentence of a documentation page (a behaviour, a limit, a field meaning or
 * an error code) and how the suite answers for it: the rules that test it, or why none does.
 * The sentence matrix (sentenceMatrix.ts) lists every one; checkSentenceMatrix.ts says when
 * an entry has neither.
 */
export interface DocSentence {
  readonly page: DocPage;
  /** The sentence as on the page, table cells joined by spaces. */
  readonly text: string;
  /** Ids of the catalogue rules that test it. */
  readonly rules?: readonly string[];
  /** Why no rule tests it, e.g. `not observable from outside: ...`. */
  readonly excused?: string;
}
