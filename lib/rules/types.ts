/**
 * A documented rule of the API, as the catalogue (catalogue.ts) records it.
 * Every conformance test names the rule or rules it checks with `rule(id)`
 * annotations; the summary and the HTML report read the catalogue to list them.
 */
import type { ApiPath } from '../apis';

export interface RuleDefinition {
  /** Stable id: `{endpoint short}.{feature}.{case}[.{code}]`, e.g. `update.rename.name-too-long.51011`. */
  readonly id: string;
  readonly endpoint: ApiPath | 'gateway';
  /** The rule as a sentence, e.g. `rejects a group name over the byte limit with 51011`. */
  readonly title: string;
  readonly source: {
    /** Which document: a file in shared/reference or a doc page id, e.g. `update_contact_group.page.txt`. */
    readonly document: string;
    /** The sentence quoted from it. */
    readonly quote: string;
  };
  /** The documented error code the rule is about, if any. */
  readonly errorCode?: number;
}
