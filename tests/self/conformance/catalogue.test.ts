/**
 * The rule catalogue agrees with itself and with the spec's documentation metadata
 * (x-error-codes per endpoint, x-public-error-codes).
 */
import { test, expect } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isApiPath } from '../../../lib/apis';
import { RULES, ruleById } from '../../../lib/rules/catalogue';
import { errorCodesOf, publicErrorCodes } from '../../../lib/spec/specMetadata';
import { SEEDED_FAULTS } from '../../../mock/faults/index';

/** The API documents sit beside the repository (`../shared/reference`), in a clone as in CI. */
const REFERENCE = path.resolve(import.meta.dirname, '..', '..', '..', '..', 'shared', 'reference');

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

  test('quotes the endpoint pages word for word', () => {
    test.skip(!existsSync(REFERENCE), `the API documents are not beside the repository (${REFERENCE})`);
    const normalise = (text: string) => text.replace(/\s+/g, ' ');
    const missing: string[] = [];
    for (const rule of RULES.filter((r) => r.source.document.endsWith('.txt'))) {
      const page = normalise(readFileSync(`${REFERENCE}/${rule.source.document}`, 'utf8'));
      const cells = page.replace(/ ?\| ?/g, ' ');
      // Quotes may join adjacent table cells; every sentence must appear in the page.
      for (const piece of rule.source.quote.split(/(?<=[.;:]) (?=[A-Z0-9])/)) {
        if (!page.includes(normalise(piece)) && !cells.includes(normalise(piece))) missing.push(`${rule.id}: "${piece}" (${rule.source.document})`);
      }
    }
    expect(missing).toEqual([]);
  });
});
