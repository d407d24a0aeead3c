/**
 * The rule catalogue agrees with itself, with the spec's documentation metadata
 * (x-error-codes per endpoint, x-public-error-codes), and with the public pages it cites:
 * every quote is checked against the vendored page text (docs/sources/), in every clone.
 */
import { test, expect } from '@playwright/test';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isApiPath } from '../../../lib/apis';
import { RULES, ruleById } from '../../../lib/rules/catalogue';
import { ALL_DOC_PAGES, docPageByUrl } from '../../../lib/rules/docPages';
import { unquotedPieces } from '../../../lib/rules/unquotedPieces';
import { errorCodesOf, publicErrorCodes } from '../../../lib/spec/specMetadata';
import { SEEDED_FAULTS } from '../../../mock/faults/index';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const readVendored = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

/** Code that reads the documents kept beside a clone: `../shared`, or a `'shared'` path segment. */
const READS_SHARED = /\.\.[\\/]+shared\b|['"`]shared['"`]|['"`][^'"`\n]*\bshared[\\/]+reference/;
const PRODUCT_FOLDERS = ['lib', 'mock', 'bin', 'generators', 'openapi', 'tests/conformance'];

function codeFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const rel = path.join(dir, name);
    if (statSync(path.join(ROOT, rel)).isDirectory()) return name === 'node_modules' ? [] : codeFiles(rel);
    return /\.(ts|js|mjs|cjs)$/.test(name) ? [rel] : [];
  });
}

test.describe('rule catalogue', () => {
  test('gives every rule a unique id, a title and a quoted source', () => {
    const ids = RULES.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const rule of RULES) {
      expect(rule.id, rule.id).toMatch(/^[a-z]+(\.[a-z0-9-]+)+$/);
      expect(rule.title.length, rule.id).toBeGreaterThan(10);
      expect(rule.source.quote.length, rule.id).toBeGreaterThan(10);
      expect(ruleById(rule.id)).toBe(rule);
    }
    expect(ruleById('no.such.rule')).toBeUndefined();
  });

  test('ends an id with the rule\'s error code exactly when the rule has one', () => {
    for (const rule of RULES) {
      const suffix = /\.(\d{5})$/.exec(rule.id)?.[1];
      expect(suffix === undefined ? undefined : Number(suffix), rule.id).toBe(rule.errorCode);
    }
  });

  test('uses only error codes the spec documents for the rule\'s endpoint or as public codes', () => {
    const publicCodes = new Set(publicErrorCodes().map((c) => c.code));
    for (const rule of RULES.filter((r) => r.errorCode !== undefined)) {
      const endpointCodes = rule.endpoint !== 'gateway' && isApiPath(rule.endpoint) ? errorCodesOf(rule.endpoint).map((c) => c.code) : [];
      // 50003 is the documented alternative to 60010 for a non-admin identifier (notes §5).
      expect(endpointCodes.includes(rule.errorCode!) || publicCodes.has(rule.errorCode!), `${rule.id}: ${rule.errorCode} not in x-error-codes of ${rule.endpoint} nor x-public-error-codes`).toBe(true);
    }
  });

  test('names a catalogue rule as the rule each seeded fault of the mock breaks', () => {
    const unknown = SEEDED_FAULTS.filter((fault) => ruleById(fault.breaksRule) === undefined).map((f) => `${f.name} -> ${f.breaksRule}`);
    expect(unknown).toEqual([]);
  });

  test('cites for every rule a known public page, by its title and URL', () => {
    const unknown = RULES.filter((rule) => docPageByUrl(rule.source.url)?.title !== rule.source.title).map((r) => `${r.id}: ${r.source.title} <${r.source.url}>`);
    expect(unknown).toEqual([]);
    for (const page of ALL_DOC_PAGES) expect(page.url, page.title).toBe(`https://www.tencentcloud.com/document/product/1047/${page.id}`);
  });

  test('vendors the text of every cited page under docs/sources, headed by its title and URL', () => {
    const cited = ALL_DOC_PAGES.filter((page) => RULES.some((rule) => rule.source.url === page.url));
    for (const page of cited) {
      expect(page.vendored, `${page.id} ${page.title} has no vendored text`).toMatch(/^docs\/sources\/\d+-[a-z_-]+\.txt$/);
      expect(existsSync(path.join(ROOT, page.vendored!)), page.vendored).toBe(true);
      expect(readVendored(page.vendored!).split('\n')[0], page.vendored).toBe(`# ${page.title} — ${page.url}`);
    }
  });

  test('quotes every rule word for word from the vendored text of the page it cites', () => {
    const missing = RULES.flatMap((rule) => {
      const page = docPageByUrl(rule.source.url);
      if (!page?.vendored) return [`${rule.id}: no vendored text for ${rule.source.url}`];
      return unquotedPieces(rule.source.quote, readVendored(page.vendored)).map((piece) => `${rule.id}: "${piece}" is not on ${page.vendored}`);
    });
    expect(missing).toEqual([]);
  });

  test('reports a quote whose words are not on the page (the quote check can fail)', () => {
    const rule = ruleById('update.rename.name-too-long.51011')!;
    const page = readVendored(docPageByUrl(rule.source.url)!.vendored!);
    expect(unquotedPieces(rule.source.quote, page)).toEqual([]);
    expect(unquotedPieces(rule.source.quote.replace('64', '65'), page)).toEqual([rule.source.quote.replace('64', '65')]);
    // Cells joined across rows still count, a sentence of another page does not.
    expect(unquotedPieces('ResultCode Integer The result. ResultInfo String Error description of To_Account.', page)).toEqual([]);
    expect(unquotedPieces('GroupName Array Yes List of conversation groups to be deleted.', page)).toHaveLength(1);
  });

  test('lets no product code read the documents kept beside a clone (../shared)', () => {
    const readers = PRODUCT_FOLDERS.filter((dir) => existsSync(path.join(ROOT, dir)))
      .flatMap(codeFiles)
      .filter((file) => READS_SHARED.test(readFileSync(path.join(ROOT, file), 'utf8')));
    expect(readers).toEqual([]);
    // The pattern sees the ways code would name that folder (it is not a pattern that matches nothing).
    expect(READS_SHARED.test(`path.resolve(import.meta.dirname, '..', 'shared', 'reference')`)).toBe(true);
    expect(READS_SHARED.test(`readFileSync('../shared/reference/mark_contact.txt')`)).toBe(true);
    expect(READS_SHARED.test(`const dir = \`\${root}/shared/reference\``)).toBe(true);
    expect(READS_SHARED.test('/** the notes in shared/reference say so */')).toBe(false);
  });
});
