/**
 * Sentence coverage in the summary and the HTML report: the figure counts each documented
 * sentence as tested, excused or open; the report shows the figure on one line and the table
 * collapsed; each rule's source links to its public page.
 */
import { expect, test } from '@playwright/test';
import { buildSentenceCoverage } from '../../../lib/report/buildSentenceCoverage';
import { buildSummary } from '../../../lib/report/buildSummary';
import { renderSentenceCoverage } from '../../../lib/report/html/renderSentenceCoverage';
import { renderSourceLink } from '../../../lib/report/html/renderSourceLink';
import { renderHtmlReport } from '../../../lib/report/renderHtmlReport';
import { RULES } from '../../../lib/rules/catalogue';
import { DOC_PAGES } from '../../../lib/rules/docPages';
import { SENTENCE_MATRIX } from '../../../lib/rules/sentenceMatrix';
import type { DocSentence } from '../../../lib/rules/types';
import { syntheticSummary } from './syntheticSummary';

const DEL = DOC_PAGES.delContactGroup;
const MATRIX: DocSentence[] = [
  { page: DEL, text: 'Currently, only one conversation group can be deleted at a time.', rules: ['del.one-group-per-call'] },
  { page: DEL, text: '50004 Internal server error. Please try again.', excused: 'cannot be triggered on purpose <by design>' },
  { page: DEL, text: '51011 The conversation group name contains more than 64 bytes.', rules: ['del.name-too-long.51011'] },
  { page: DOC_PAGES.markContact, text: 'CustomMark String No Set a custom conversation mark.' },
];

test.describe('sentence coverage', () => {
  test('counts a sentence tested when the catalogue has its rules, excused when it gives a reason, open otherwise', () => {
    const coverage = buildSentenceCoverage(MATRIX, RULES);
    expect({ tested: coverage.tested, excused: coverage.excused, open: coverage.open, total: coverage.total }).toEqual({ tested: 1, excused: 1, open: 2, total: 4 });
    expect(coverage.rows.map((r) => [r.status, r.reason])).toEqual([
      ['tested', undefined],
      ['excused', 'cannot be triggered on purpose <by design>'],
      ['open', 'rules not in the catalogue: del.name-too-long.51011'],
      ['open', 'no rule tests it and no reason excuses it'],
    ]);
    expect(coverage.rows[0]!.page).toEqual({ title: 'Deleting Conversation Group Data', url: 'https://www.tencentcloud.com/document/product/1047/53441' });
  });

  test('puts the coverage of the loaded matrix into the summary, with no sentence open, and leaves it out without a matrix', () => {
    const inputs = {
      records: [],
      catalogue: RULES,
      documentedErrorCodes: [],
      toCurl: () => '',
      run: { target: 'embedded mock', suiteVersion: '0', specHash: 'x', seed: 1, startedAt: '2026-01-01T00:00:00.000Z', durationMs: 1, status: 'passed' as const, errors: [] },
    };
    const summary = buildSummary({ ...inputs, sentences: SENTENCE_MATRIX });
    expect(summary.sentenceCoverage).toEqual(buildSentenceCoverage(SENTENCE_MATRIX, RULES));
    expect(summary.sentenceCoverage!.open).toBe(0);
    expect(summary.sentenceCoverage!.tested + summary.sentenceCoverage!.excused).toBe(SENTENCE_MATRIX.length);
    expect(buildSummary(inputs).sentenceCoverage).toBeUndefined();
  });

  test('shows the figure on one line and every sentence in a collapsed table, with rule links or the reason', () => {
    const html = renderHtmlReport(syntheticSummary({ sentenceCoverage: buildSentenceCoverage(MATRIX, RULES) }));
    const section = /<section id="sentence-coverage"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    expect(section).toContain('<p data-testid="sentence-coverage-figure">Sentence coverage: 1/4 tested, 1 excused, 2 open</p>');
    expect(section).toMatch(/<details data-testid="sentence-coverage-details"><summary>/);
    expect(section).not.toMatch(/<details[^>]* open/);
    expect(section.match(/data-testid="sentence-row"/g)).toHaveLength(4);
    expect(section).toContain('<a href="#rule-del.one-group-per-call"><code>del.one-group-per-call</code></a>');
    expect(section).toContain('cannot be triggered on purpose &lt;by design&gt;');
    expect(section).toContain('<a href="https://www.tencentcloud.com/document/product/1047/53441" rel="noreferrer" data-testid="source-link">Deleting Conversation Group Data</a>');
    expect(renderSentenceCoverage(syntheticSummary())).toBe('');
  });

  test('links a rule\'s source title to its public page, and only to an https URL', () => {
    expect(renderSourceLink({ title: 'Error Codes', url: 'https://www.tencentcloud.com/document/product/1047/34348' })).toBe(
      '<a href="https://www.tencentcloud.com/document/product/1047/34348" rel="noreferrer" data-testid="source-link">Error Codes</a>',
    );
    expect(renderSourceLink({ title: '<b>x</b>', url: 'javascript:alert(1)' })).toBe('&lt;b&gt;x&lt;/b&gt;');
    const html = renderHtmlReport(syntheticSummary());
    expect(html).toContain('data-testid="source-link">Updating Conversation Group Data</a>');
  });
});
