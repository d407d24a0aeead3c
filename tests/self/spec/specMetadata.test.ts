/**
 * The documentation facts carried by the spec (x-limits, x-error-codes, x-public-error-codes,
 * x-rate-limit-per-second) list what each endpoint's page documents.
 */
import { expect, test } from '@playwright/test';
import { API_PATHS, documentedRatePerSecond, ENDPOINTS_UNDER_TEST } from '../../../lib/apis';
import type { ApiPath } from '../../../lib/apis';
import { documentedErrorCodes, errorCodesOf, limitsOf, publicErrorCodes, rateLimitOf } from '../../../lib/spec/specMetadata';

const codesOf = (api: ApiPath) => errorCodesOf(api).map((entry) => entry.code);
const limitOf = (api: ApiPath, id: string) => limitsOf(api).find((entry) => entry.id === id);
const COMMON = [50001, 50002, 50003, 50004, 50005];

test.describe('x-error-codes of the four endpoints follow each page\'s own table', () => {
  test('update_contact_group lists 51007, 51008, 51011 and 51013 from update_contact_group.page.txt', () => {
    expect(codesOf('recentcontact/update_contact_group')).toEqual(expect.arrayContaining([...COMMON, 51007, 51008, 51011, 51013]));
    const nameTooLong = errorCodesOf('recentcontact/update_contact_group').find((entry) => entry.code === 51011);
    expect(nameTooLong).toMatchObject({ documented: true, source: { document: 'Updating Conversation Group Data', url: 'https://www.tencentcloud.com/document/product/1047/53439' } });
    expect(nameTooLong?.meaning).toContain('more than 64 bytes');
  });

  test('mark_contact lists 51006 (empty or more than 100 conversations) and 51008', () => {
    expect(codesOf('recentcontact/mark_contact')).toEqual([...COMMON, 51006, 51007, 51008, 51013]);
    expect(errorCodesOf('recentcontact/mark_contact').find((entry) => entry.code === 51006)?.meaning).toContain('empty or exceeds the upper limit of 100');
  });

  test('del_contact_group lists 51009 (group not found) and 51011', () => {
    expect(codesOf('recentcontact/del_contact_group')).toEqual([...COMMON, 51009, 51011, 51013]);
  });

  test('search_contact_group lists only the common codes and 51007', () => {
    expect(codesOf('recentcontact/search_contact_group')).toEqual([...COMMON, 51007]);
  });

  test('every code of the four endpoints is documented and quotes its source', () => {
    for (const api of ENDPOINTS_UNDER_TEST) {
      for (const entry of errorCodesOf(api)) {
        expect(entry.documented, `${api} ${entry.code}`).toBe(true);
        expect(entry.source.url, `${api} ${entry.code}`).toMatch(/^https:\/\/www\.tencentcloud\.com\/document\/product\/1047\/\d+$/);
        expect(entry.source.document, `${api} ${entry.code}`).not.toBe('');
        expect(entry.source.quote.length, `${api} ${entry.code}`).toBeGreaterThan(0);
      }
    }
  });
});

test.describe('x-limits of the four endpoints', () => {
  test('update_contact_group: NewGroupName at most 64 UTF-8 bytes, else 51011 (documented)', () => {
    expect(limitOf('recentcontact/update_contact_group', 'update.new-group-name.bytes')).toMatchObject({
      field: '$.UpdateGroup.NewGroupName', max: 64, unit: 'utf8-bytes', errorCode: 51011, documented: true,
      source: { document: 'Updating Conversation Group Data', url: 'https://www.tencentcloud.com/document/product/1047/53439', quote: expect.stringContaining('Maximum length: 64 bytes') },
    });
  });

  test('mark_contact: 1..100 MarkItem (51006), CustomMark 256 bytes, mark bits 0..63', () => {
    expect(limitOf('recentcontact/mark_contact', 'mark.mark-items')).toMatchObject({ field: '$.MarkItem', min: 1, max: 100, unit: 'items', errorCode: 51006, documented: true });
    expect(limitOf('recentcontact/mark_contact', 'mark.custom-mark.bytes')).toMatchObject({ max: 256, unit: 'utf8-bytes', documented: false });
    expect(limitOf('recentcontact/mark_contact', 'mark.set-mark.bit')).toMatchObject({ min: 0, max: 63, unit: 'bit-index' });
    expect(limitOf('recentcontact/mark_contact', 'mark.clear-mark.bit')).toMatchObject({ min: 0, max: 63, unit: 'bit-index' });
  });

  test('search_contact_group: up to 300 ContactItem, with an inferred error code', () => {
    expect(limitOf('recentcontact/search_contact_group', 'search.contact-items')).toMatchObject({ field: '$.ContactItem', max: 300, unit: 'items', documented: false });
  });

  test('del_contact_group: exactly one GroupName, at most 64 bytes (51011)', () => {
    expect(limitOf('recentcontact/del_contact_group', 'del.group-names')).toMatchObject({ min: 1, max: 1, unit: 'items' });
    expect(limitOf('recentcontact/del_contact_group', 'del.group-name.bytes')).toMatchObject({ max: 64, errorCode: 51011, documented: true });
  });

  test('every limit has a unique id, a JSONPath field and a quoted source', () => {
    const ids = API_PATHS.flatMap((api) => limitsOf(api).map((entry) => entry.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const api of API_PATHS) {
      for (const entry of limitsOf(api)) {
        expect(entry.field, entry.id).toMatch(/^\$\./);
        expect(['items', 'utf8-bytes', 'bit-index'], entry.id).toContain(entry.unit);
        expect(entry.source.quote.length, entry.id).toBeGreaterThan(0);
      }
    }
  });
});

test.describe('public codes, the catalogue of all codes and rate limits', () => {
  test('x-public-error-codes holds the gateway, rate-limit and UserSig codes of notes §4.1', () => {
    const codes = publicErrorCodes().map((entry) => entry.code);
    expect(codes).toEqual(expect.arrayContaining([60002, 60003, 60007, 60009, 60010, 60018, 60019, 60025, 70001, 70003, 70009, 70013, 70014, 70107]));
    expect(codes.every((code) => code >= 60000 && code <= 79999)).toBe(true);
  });

  test('documentedErrorCodes tags each code with its endpoint or public', () => {
    const all = documentedErrorCodes();
    expect(all).toContainEqual(expect.objectContaining({ code: 51011, endpoint: 'recentcontact/update_contact_group' }));
    expect(all).toContainEqual(expect.objectContaining({ code: 51006, endpoint: 'recentcontact/mark_contact' }));
    expect(all).toContainEqual(expect.objectContaining({ code: 70001, endpoint: 'public' }));
    expect(all.length).toBe(API_PATHS.reduce((sum, api) => sum + errorCodesOf(api).length, 0) + publicErrorCodes().length);
  });

  test('x-rate-limit-per-second matches the documented rates (200/s; account_check 100/s)', () => {
    for (const api of API_PATHS) expect(rateLimitOf(api), api).toBe(documentedRatePerSecond(api));
    expect(rateLimitOf('im_open_login_svc/account_check')).toBe(100);
  });
});
