import type { ApiPath } from '../apis';
import type { RuleDefinition } from './types';

/** Where a rule's quote comes from: a file in ../shared/reference (plus a § for the notes). */
export type RuleDocument =
  | 'update_contact_group.page.txt'
  | 'update_contact_group.tables.txt'
  | 'del_contact_group.txt'
  | 'mark_contact.txt'
  | 'search_contact_group.txt'
  | `tencent-chat-api-notes.md ${string}`;

/** The fields of one rule, in the order the catalogue files read best. */
export interface RuleFields {
  readonly id: string;
  readonly endpoint: ApiPath | 'gateway';
  readonly title: string;
  readonly document: RuleDocument;
  readonly quote: string;
  /** The documented error code the rule is about, if any. */
  readonly errorCode?: number;
}

/**
 * Builds a frozen RuleDefinition. A tiny helper so the catalogue files stay one
 * readable table each (one object per rule) instead of nested literals.
 */
export function defineRule(fields: RuleFields): RuleDefinition {
  const { id, endpoint, title, document, quote, errorCode } = fields;
  return Object.freeze({
    id,
    endpoint,
    title,
    source: Object.freeze({ document, quote }),
    ...(errorCode === undefined ? {} : { errorCode }),
  });
}
