import { escapeHtml as e } from '../escapeHtml';
import type { SentenceCoverage, SentenceCoverageRow, Summary } from '../types';
import { ruleAnchor } from './anchors';
import { renderSourceLink } from './renderSourceLink';

/**
 * Sentence coverage: one line with the figure ("Sentence coverage: 144/218 tested, 74 excused,
 * 0 open"), then every documented sentence, grouped by page, in a collapsed `<details>`: the
 * rules that test it (linked to their rows in the rule matrix) or the reason none does.
 * Nothing when the summary has no coverage (the matrix could not be loaded: see report problems).
 */
export function renderSentenceCoverage(summary: Summary): string {
  const coverage = summary.sentenceCoverage;
  if (!coverage) return '';
  return `<section id="sentence-coverage" data-testid="sentence-coverage">
<h2>Sentence coverage</h2>
<p data-testid="sentence-coverage-figure">${e(sentenceCoverageLine(coverage))}</p>
<details data-testid="sentence-coverage-details"><summary>Every normative sentence of the documentation, by page (${coverage.total})</summary>
<table><thead><tr><th>Sentence</th><th>Status</th><th>Tested by, or why not</th></tr></thead>
<tbody>
${renderPages(coverage.rows)}
</tbody></table>
</details>
</section>`;
}

/** The figure as one line of text. */
export function sentenceCoverageLine(coverage: SentenceCoverage): string {
  return `Sentence coverage: ${coverage.tested}/${coverage.total} tested, ${coverage.excused} excused, ${coverage.open} open`;
}

function renderPages(rows: readonly SentenceCoverageRow[]): string {
  const pages = new Map<string, SentenceCoverageRow[]>();
  for (const row of rows) pages.set(row.page.url, [...(pages.get(row.page.url) ?? []), row]);
  return [...pages.values()]
    .map((pageRows) => [`<tr><th colspan="3">${renderSourceLink(pageRows[0]!.page)}</th></tr>`, ...pageRows.map(renderRow)].join('\n'))
    .join('\n');
}

const STATUS_CLASS: Record<SentenceCoverageRow['status'], string> = { tested: 'yes', excused: 'muted', open: 'no' };

function renderRow(row: SentenceCoverageRow): string {
  const rules = row.rules.map((id) => `<a href="#${e(ruleAnchor(id))}"><code>${e(id)}</code></a>`).join(' ');
  const why = row.reason === undefined ? '' : `<div class="muted">${e(row.reason)}</div>`;
  return `<tr data-testid="sentence-row" data-status="${e(row.status)}">
<td>${e(row.sentence)}</td><td><span class="${STATUS_CLASS[row.status]}">${e(row.status)}</span></td><td>${rules}${why}</td></tr>`;
}
