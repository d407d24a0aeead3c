/**
 * The sentence-coverage matrix (lib/rules/sentenceMatrix.ts) answers for every normative sentence of
 * the vendored pages (docs/sources/): tested by catalogue rules, or excused with a reason. And the
 * check that says so can fail: each kind of gap, put into a copy of the matrix, is reported.
 */
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { RULES } from '../../../lib/rules/catalogue';
import { checkSentenceMatrix } from '../../../lib/rules/checkSentenceMatrix';
import { ALL_DOC_PAGES, DOC_PAGES } from '../../../lib/rules/docPages';
import { docSentences, limitSentences } from '../../../lib/rules/docSentences';
import { SENTENCE_MATRIX } from '../../../lib/rules/sentenceMatrix';
import type { DocSentence } from '../../../lib/rules/types';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const PAGE_TEXTS = new Map(ALL_DOC_PAGES.filter((p) => p.vendored).map((p) => [p.url, readFileSync(path.join(ROOT, p.vendored!), 'utf8')]));
const CONTEXT = { ruleIds: new Set(RULES.map((r) => r.id)), pageTexts: PAGE_TEXTS };
const DEL = DOC_PAGES.delContactGroup;
const ONE_AT_A_TIME = 'Currently, only one conversation group can be deleted at a time.';

test.describe('sentence matrix', () => {
  test('gives every sentence catalogue rules or a reason, once per page, in the page\'s own words, and lists every sentence with a number or a limit word', () => {
    expect(checkSentenceMatrix(SENTENCE_MATRIX, CONTEXT)).toEqual([]);
  });

  test('has entries for every vendored page, and vendors the four endpoint pages with their tables', () => {
    for (const url of PAGE_TEXTS.keys()) expect(SENTENCE_MATRIX.some((s) => s.page.url === url), url).toBe(true);
    for (const page of [DOC_PAGES.updateContactGroup, DOC_PAGES.delContactGroup, DOC_PAGES.markContact, DOC_PAGES.searchContactGroup]) {
      expect(limitSentences(PAGE_TEXTS.get(page.url)!).length, page.title).toBeGreaterThan(10);
    }
  });

  test('traces every catalogue rule to at least one documented sentence', () => {
    const named = new Set(SENTENCE_MATRIX.flatMap((s) => s.rules ?? []));
    expect(RULES.map((r) => r.id).filter((id) => !named.has(id))).toEqual([]);
  });

  test('reports a sentence added with neither rules nor a reason', () => {
    const open: DocSentence = { page: DOC_PAGES.updateContactGroup, text: 'This API can be used to update conversation group data.' };
    expect(checkSentenceMatrix([...SENTENCE_MATRIX, open], CONTEXT)).toEqual([
      '"This API can be used to update conversation group data." (53439 Updating Conversation Group Data): no rule tests it and no reason excuses it',
    ]);
  });

  test('reports a rule id the catalogue does not have', () => {
    const copy = SENTENCE_MATRIX.map((s) => (s.page === DEL && s.text === ONE_AT_A_TIME ? { ...s, rules: ['del.no-such-rule'] } : s));
    expect(checkSentenceMatrix(copy, CONTEXT)).toEqual([`"${ONE_AT_A_TIME}" (53441 Deleting Conversation Group Data): rule "del.no-such-rule" is not in the catalogue`]);
  });

  test('reports a limit sentence the matrix leaves out, and one newly vendored', () => {
    const without = SENTENCE_MATRIX.filter((s) => !(s.page === DEL && s.text === ONE_AT_A_TIME));
    expect(checkSentenceMatrix(without, CONTEXT)).toEqual([`"${ONE_AT_A_TIME}" (${DEL.url}): a sentence with a number or a limit word that the matrix does not list`]);
    const revised = new Map(PAGE_TEXTS).set(DEL.url, `${PAGE_TEXTS.get(DEL.url)}\nGroupName | String | Yes | The name must not be empty.\n`);
    expect(checkSentenceMatrix(SENTENCE_MATRIX, { ...CONTEXT, pageTexts: revised })).toEqual([
      `"GroupName String Yes The name must not be empty." (${DEL.url}): a sentence with a number or a limit word that the matrix does not list`,
    ]);
  });

  test('reports a sentence listed twice, with both rules and a reason, with a reason too short, or not in the page\'s words', () => {
    const entry = SENTENCE_MATRIX.find((s) => s.page === DEL && s.text === ONE_AT_A_TIME)!;
    const where = `"${ONE_AT_A_TIME}" (53441 Deleting Conversation Group Data)`;
    expect(checkSentenceMatrix([...SENTENCE_MATRIX, entry], CONTEXT)).toEqual([`${where}: listed twice`]);
    const copy = (change: Partial<DocSentence>) => SENTENCE_MATRIX.map((s) => (s === entry ? { ...s, ...change } : s));
    expect(checkSentenceMatrix(copy({ excused: 'the documents say nothing more' }), CONTEXT)).toEqual([`${where}: names rules and gives a reason; keep one`]);
    expect(checkSentenceMatrix(copy({ rules: [], excused: 'untested' }), CONTEXT)).toEqual([`${where}: the reason is too short to say why`]);
    const reworded = copy({ text: 'Currently, only two conversation groups can be deleted at a time.' });
    expect(checkSentenceMatrix(reworded, CONTEXT)).toEqual([
      '"Currently, only two conversation groups can be deleted at a time." (53441 Deleting Conversation Group Data): not the page\'s own words',
      `"${ONE_AT_A_TIME}" (${DEL.url}): a sentence with a number or a limit word that the matrix does not list`,
    ]);
  });

  test('cuts a page into sentences after . or ; and skips header lines and JSON samples', () => {
    const page = '# Title — https://example.invalid\n{"GroupItem": [{"GroupId": 1}]}\n"GroupId": 1,\nGroupName | Array | Yes | List of groups. Only one at a time; 2: more.\n';
    expect(docSentences(page)).toEqual(['GroupName Array Yes List of groups.', 'Only one at a time;', '2: more.']);
    expect(limitSentences(page)).toEqual(['Only one at a time;', '2: more.']);
  });
});
