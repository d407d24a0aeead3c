import { escapeHtml as e } from '../escapeHtml';
import type { RuleResult } from '../types';

/**
 * The public page a rule comes from, as a link a reader can open: its title, linked to its
 * URL. Only an https URL becomes a link (a summary.json edited by hand cannot inject a
 * `javascript:` one); without one the title stands alone.
 */
export function renderSourceLink(source: Pick<RuleResult['source'], 'title' | 'url'>): string {
  if (!/^https:\/\//.test(source.url)) return e(source.title);
  return `<a href="${e(source.url)}" rel="noreferrer" data-testid="source-link">${e(source.title)}</a>`;
}
