import type { DocSentence, RuleDefinition } from '../rules/types';
import type { SentenceCoverage, SentenceCoverageRow } from './types';

/**
 * The sentence-coverage figure and rows from the matrix and the catalogue the run used: a
 * sentence is tested when it names rules the catalogue has, excused when it gives a reason, and
 * open otherwise (a rule id the catalogue lacks leaves it open, so a stale matrix shows).
 */
export function buildSentenceCoverage(matrix: readonly DocSentence[], catalogue: readonly RuleDefinition[]): SentenceCoverage {
  const known = new Set(catalogue.map((rule) => rule.id));
  const rows = matrix.map((entry): SentenceCoverageRow => {
    const page = { title: entry.page.title, url: entry.page.url };
    const rules = [...(entry.rules ?? [])];
    const unknown = rules.filter((id) => !known.has(id));
    if (rules.length > 0 && unknown.length === 0) return { page, sentence: entry.text, status: 'tested', rules };
    if (rules.length === 0 && entry.excused !== undefined) return { page, sentence: entry.text, status: 'excused', rules, reason: entry.excused };
    const reason = unknown.length > 0 ? `rules not in the catalogue: ${unknown.join(', ')}` : 'no rule tests it and no reason excuses it';
    return { page, sentence: entry.text, status: 'open', rules, reason };
  });
  const count = (status: SentenceCoverageRow['status']) => rows.filter((row) => row.status === status).length;
  return { tested: count('tested'), excused: count('excused'), open: count('open'), total: rows.length, rows };
}
