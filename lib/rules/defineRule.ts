import type { ApiPath } from '../apis';
import type { DocPage } from './docPages';
import type { RuleDefinition } from './types';

/** The fields of one rule, in the order the catalogue files read best. */
export interface RuleFields {
  readonly id: string;
  readonly endpoint: ApiPath | 'gateway';
  readonly title: string;
  /** The public page the rule comes from (docPages.ts). */
  readonly page: DocPage;
  /** The sentence quoted from that page; the self-tests find it in the page's vendored text. */
  readonly quote: string;
  /** The documented error code the rule is about, if any. */
  readonly errorCode?: number;
}

/**
 * Builds a frozen RuleDefinition. A tiny helper so the catalogue files stay one
 * readable table each (one object per rule) instead of nested literals.
 */
export function defineRule(fields: RuleFields): RuleDefinition {
  const { id, endpoint, title, page, quote, errorCode } = fields;
  return Object.freeze({
    id,
    endpoint,
    title,
    source: Object.freeze({ title: page.title, url: page.url, quote }),
    ...(errorCode === undefined ? {} : { errorCode }),
  });
}
