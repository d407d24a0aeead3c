/**
 * The strict request schemas reject the suite's own mistakes with one readable line each:
 * operation, direction, JSON path, keyword, expected vs actual.
 */
import { expect, test } from '@playwright/test';
import type { ApiPath } from '../../../lib/apis';
import { createSchemaValidator } from '../../../lib/spec/createSchemaValidator';
import { limitsOf } from '../../../lib/spec/specMetadata';

const validator = createSchemaValidator();
const c2c = (n: number) => ({ Type: 1, To_Account: `user_${n}` });
const items = <T>(count: number, make: (n: number) => T): T[] => Array.from({ length: count }, (_, n) => make(n));
const errorsOf = (api: ApiPath, body: unknown): string[] => {
  const result = validator.validateRequest(api, body);
  return result.valid ? [] : result.errors;
};
const limit = (api: ApiPath, id: string) => {
  const found = limitsOf(api).find((entry) => entry.id === id);
  if (found === undefined) throw new Error(`no limit ${id} on ${api}`);
  return found;
};

test.describe('request schemas are strict', () => {
  test('rejects an unknown top-level field with unevaluatedProperties', () => {
    expect(errorsOf('recentcontact/del_contact_group', { From_Account: 'u', GroupName: ['g'], Extra: true })).toEqual([
      'del_contact_group request: /Extra: unevaluatedProperties: expected no such property, got boolean true',
    ]);
  });

  test('rejects a missing From_Account with required', () => {
    expect(errorsOf('recentcontact/search_contact_group', { ContactItem: [c2c(1)] })).toEqual([
      'search_contact_group request: /From_Account: required: expected a value, got none',
    ]);
  });

  test('rejects UpdateType 2 because only 1 is documented', () => {
    const body = { From_Account: 'u', UpdateType: 2, UpdateGroup: { UpdateGroupType: 1, OldGroupName: 'a', NewGroupName: 'b' } };
    expect(errorsOf('recentcontact/update_contact_group', body)).toEqual([
      'update_contact_group request: /UpdateType: const: expected 1, got integer 2',
    ]);
  });

  test('rejects OptType 4 with enum', () => {
    const body = { From_Account: 'u', MarkItem: [{ OptType: 4, ContactItem: c2c(1) }] };
    expect(errorsOf('recentcontact/mark_contact', body)).toEqual([
      'mark_contact request: /MarkItem/0/OptType: enum: expected one of 1, 2, 3, got integer 4',
    ]);
  });

  test('rejects a rename (UpdateGroupType 1) without NewGroupName', () => {
    const body = { From_Account: 'u', UpdateType: 1, UpdateGroup: { UpdateGroupType: 1, OldGroupName: 'a' } };
    expect(errorsOf('recentcontact/update_contact_group', body)).toEqual([
      'update_contact_group request: /UpdateGroup/NewGroupName: required: expected a value, got none',
    ]);
  });

  test('rejects a conversation update (UpdateGroupType 2) without ContactUpdateItem', () => {
    const body = { From_Account: 'u', UpdateType: 1, UpdateGroup: { UpdateGroupType: 2, OldGroupName: 'a' } };
    expect(errorsOf('recentcontact/update_contact_group', body)).toEqual([
      'update_contact_group request: /UpdateGroup/ContactUpdateItem: required: expected a value, got none',
    ]);
  });

  test('rejects a string Type in a ContactItem', () => {
    const body = { From_Account: 'u', ContactItem: [{ Type: '1', To_Account: 'x' }] };
    expect(errorsOf('recentcontact/search_contact_group', body)).toEqual([
      'search_contact_group request: /ContactItem/0: oneOf: expected exactly one of C2CContact | GroupContact, got object matching none',
    ]);
  });

  test('reports only the matching branch of a C2C ContactItem that carries ToGroupId instead of To_Account', () => {
    const body = { From_Account: 'u', ContactItem: [{ Type: 1, ToGroupId: '@TGS#1' }] };
    expect(errorsOf('recentcontact/search_contact_group', body)).toEqual([
      'search_contact_group request: /ContactItem/0/To_Account: required: expected a value, got none',
      'search_contact_group request: /ContactItem/0/ToGroupId: unevaluatedProperties: expected no such property, got string "@TGS#1"',
    ]);
  });

  test('rejects a numeric ToGroupId in a group ContactItem with type', () => {
    const body = { From_Account: 'u', ContactItem: [{ Type: 2, ToGroupId: 7 }] };
    expect(errorsOf('recentcontact/search_contact_group', body)).toEqual([
      'search_contact_group request: /ContactItem/0/ToGroupId: type: expected string, got integer 7',
    ]);
  });

  test('rejects mark bit 64 because the standard mark has 64 bits (0..63)', () => {
    const body = { From_Account: 'u', MarkItem: [{ OptType: 1, ContactItem: c2c(1), SetMark: [0, 63, 64], ClearMark: [-1] }] };
    expect(errorsOf('recentcontact/mark_contact', body)).toEqual([
      'mark_contact request: /MarkItem/0/ClearMark/0: minimum: expected >= 0, got integer -1',
      'mark_contact request: /MarkItem/0/SetMark/2: maximum: expected <= 63, got integer 64',
    ]);
  });

  test('rejects two GroupNames in one del_contact_group call', () => {
    expect(errorsOf('recentcontact/del_contact_group', { From_Account: 'u', GroupName: ['a', 'b'] })).toEqual([
      'del_contact_group request: /GroupName: maxItems: expected at most 1 item, got 2',
    ]);
  });

  test('rejects an empty MarkItem with minItems', () => {
    expect(errorsOf('recentcontact/mark_contact', { From_Account: 'u', MarkItem: [] })).toEqual([
      'mark_contact request: /MarkItem: minItems: expected at least 1 item, got 0',
    ]);
  });

  test('rejects a non-object body with one line at the root', () => {
    expect(errorsOf('recentcontact/mark_contact', [])).toEqual(['mark_contact request: /: type: expected object, got array of 0 items']);
  });

  test('accepts create_contact_group without ContactItem (optional in the new revision)', () => {
    expect(errorsOf('recentcontact/create_contact_group', { From_Account: 'u', GroupContactItem: [{ GroupName: 'g' }] })).toEqual([]);
  });

  test('accepts multiaccount_import in both forms but not both at once', () => {
    expect(errorsOf('im_open_login_svc/multiaccount_import', { Accounts: ['a'] })).toEqual([]);
    expect(errorsOf('im_open_login_svc/multiaccount_import', { AccountList: [{ UserID: 'a', Nick: 'n' }] })).toEqual([]);
    expect(errorsOf('im_open_login_svc/multiaccount_import', { Accounts: ['a'], AccountList: [{ UserID: 'b' }] })).toEqual([
      'multiaccount_import request: /: oneOf: expected exactly one of alternative 1 | alternative 2, got object matching several',
    ]);
  });

  test('rejects a create_group Type outside the documented list', () => {
    expect(errorsOf('group_open_http_svc/create_group', { Type: 'Secret', Name: 'n' })).toEqual([
      'create_group request: /Type: enum: expected one of "Private", "Public", "ChatRoom", "AVChatRoom", "Community", "Work", "Meeting", got string "Secret"',
    ]);
  });

  test('never coerces: a numeric string StartIndex stays invalid and the body is not changed', () => {
    const body = { From_Account: 'u', StartIndex: '0' };
    expect(errorsOf('recentcontact/get_contact_group', body)).toEqual([
      'get_contact_group request: /StartIndex: type: expected integer, got string "0"',
    ]);
    expect(body).toEqual({ From_Account: 'u', StartIndex: '0' });
  });
});

test.describe('documented item counts (read from x-limits, so schema and metadata cannot drift)', () => {
  const cases: { api: ApiPath; id: string; body: (count: number) => unknown; path: string }[] = [
    { api: 'recentcontact/mark_contact', id: 'mark.mark-items', path: '/MarkItem',
      body: (n) => ({ From_Account: 'u', MarkItem: items(n, (i) => ({ OptType: 1, ContactItem: c2c(i), SetMark: [1] })) }) },
    { api: 'recentcontact/search_contact_group', id: 'search.contact-items', path: '/ContactItem',
      body: (n) => ({ From_Account: 'u', ContactItem: items(n, c2c) }) },
    { api: 'recentcontact/update_contact_group', id: 'update.contact-update-items', path: '/UpdateGroup/ContactUpdateItem',
      body: (n) => ({ From_Account: 'u', UpdateType: 1,
        UpdateGroup: { UpdateGroupType: 2, OldGroupName: 'g', ContactUpdateItem: items(n, (i) => ({ ContactOptType: 1, ContactItem: c2c(i) })) } }) },
    { api: 'recentcontact/create_contact_group', id: 'create.contact-items', path: '/GroupContactItem/0/ContactItem',
      body: (n) => ({ From_Account: 'u', GroupContactItem: [{ GroupName: 'g', ContactItem: items(n, c2c) }] }) },
  ];
  for (const { api, id, body, path } of cases) {
    test(`${id}: accepts the documented maximum and rejects one more with maxItems`, () => {
      const { max, unit } = limit(api, id);
      expect(unit).toBe('items');
      expect(errorsOf(api, body(max))).toEqual([]);
      expect(errorsOf(api, body(max + 1))).toEqual([
        `${api.split('/')[1]} request: ${path}: maxItems: expected at most ${max} items, got ${max + 1}`,
      ]);
    });
  }
});
