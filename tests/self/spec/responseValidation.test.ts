/**
 * Response schemas are tolerant of fields the docs are silent on, require the documented API fields
 * only on OK answers, and enforce the type of every documented field.
 */
import { expect, test } from '@playwright/test';
import type { ApiPath } from '../../../lib/apis';
import { createSchemaValidator } from '../../../lib/spec/createSchemaValidator';

const validator = createSchemaValidator();
const ok = { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' };
const errorsOf = (api: ApiPath, body: unknown): string[] => {
  const result = validator.validateResponse(api, body);
  return result.valid ? [] : result.errors;
};
const rename = (groupId: unknown) => ({
  ...ok,
  UpdateType: 1,
  UpdateGroupResult: { UpdateGroupType: 1, GroupName: 'group_0002', GroupId: groupId, OldGroupName: 'group_0001' },
});

test.describe('response schemas', () => {
  test('rejects a string GroupId with type: expected integer', () => {
    expect(errorsOf('recentcontact/update_contact_group', rename('1'))).toEqual([
      'update_contact_group response: /UpdateGroupResult/GroupId: type: expected integer, got string "1"',
    ]);
  });

  test('tolerates an undocumented RequestId and other extra fields', () => {
    const body = { ...rename(1), RequestId: 'req-1', UpdateGroupResult: { ...rename(1).UpdateGroupResult, Extra: [1] } };
    expect(errorsOf('recentcontact/update_contact_group', body)).toEqual([]);
  });

  test('accepts a FAIL envelope without any API field', () => {
    for (const api of ['recentcontact/update_contact_group', 'recentcontact/search_contact_group', 'recentcontact/del_contact_group', 'recentcontact/mark_contact'] as const) {
      expect(errorsOf(api, { ActionStatus: 'FAIL', ErrorCode: 51009, ErrorInfo: 'group not found' }), api).toEqual([]);
    }
  });

  test('requires the documented API fields on an OK answer', () => {
    expect(errorsOf('recentcontact/del_contact_group', ok)).toEqual([
      'del_contact_group response: /GroupItem: required: expected a value, got none',
    ]);
  });

  test('rejects an OK answer whose ErrorCode is not 0 ("0: Successful; other values: Failed")', () => {
    expect(errorsOf('recentcontact/del_contact_group', { ...ok, ErrorCode: 50002, GroupItem: [] })).toEqual([
      'del_contact_group response: /ErrorCode: const: expected 0, got integer 50002',
    ]);
  });

  test('rejects an ActionStatus outside OK|FAIL and a missing ErrorInfo', () => {
    expect(errorsOf('im_open_login_svc/account_import', { ActionStatus: 'ok', ErrorCode: 0 })).toEqual([
      'account_import response: /ErrorInfo: required: expected a value, got none',
      'account_import response: /ActionStatus: enum: expected one of "OK", "FAIL", got string "ok"',
    ]);
  });

  test('accepts a read-side item without CustomMark, ContactGroupId and StandardMark (absent fields are omitted)', () => {
    const body = { ...ok, ContactResultItem: [{ Type: 2, ToGroupId: '@TGS#1', Timestamp: 1 }], GroupItem: [] };
    expect(errorsOf('recentcontact/search_contact_group', body)).toEqual([]);
  });

  test('rejects a read-side item whose ContactGroupId holds strings and whose Timestamp is missing', () => {
    const body = { ...ok, ContactResultItem: [{ Type: 1, To_Account: 'u', ContactGroupId: ['1'] }], GroupItem: [] };
    expect(errorsOf('recentcontact/search_contact_group', body)).toEqual([
      'search_contact_group response: /ContactResultItem/0/Timestamp: required: expected a value, got none',
      'search_contact_group response: /ContactResultItem/0/ContactGroupId/0: type: expected integer, got string "1"',
    ]);
  });

  test('rejects a per-item result without ResultCode', () => {
    const body = { ...ok, ResultItem: [{ OptType: 1, ContactItem: { Type: 1, To_Account: 'u' }, ResultInfo: '' }] };
    expect(errorsOf('recentcontact/mark_contact', body)).toEqual([
      'mark_contact response: /ResultItem/0/ResultCode: required: expected a value, got none',
    ]);
  });

  test('rejects a group ContactItem echo without ToGroupId', () => {
    const body = { ...ok, ResultItem: [{ OptType: 1, ContactItem: { Type: 2, To_Account: 'u' }, ResultCode: 0, ResultInfo: '' }] };
    expect(errorsOf('recentcontact/mark_contact', body)).toEqual([
      'mark_contact response: /ResultItem/0/ContactItem/ToGroupId: required: expected a value, got none',
    ]);
  });

  test('requires CompleteFlag and NextStartIndex on an OK get_contact_group answer', () => {
    expect(errorsOf('recentcontact/get_contact_group', { ...ok, ContactItem: [], GroupItem: [] })).toEqual([
      'get_contact_group response: /CompleteFlag: required: expected a value, got none',
      'get_contact_group response: /NextStartIndex: required: expected a value, got none',
    ]);
  });
});

test.describe('error lines stay short', () => {
  test('cuts a long offending string at 100 characters without splitting a character', () => {
    const result = validator.validateRequest('recentcontact/mark_contact', {
      From_Account: 'u', MarkItem: [{ OptType: 2, ContactItem: { Type: 1, To_Account: 'v' }, CustomMark: '😀'.repeat(65) }],
    });
    expect(result).toEqual({
      valid: false,
      errors: [`mark_contact request: /MarkItem/0/CustomMark: x-max-utf8-bytes: expected at most 256 UTF-8 bytes, got 260 bytes (string "${'😀'.repeat(65)}")`],
    });
    const long = validator.validateRequest('recentcontact/mark_contact', {
      From_Account: 'u', MarkItem: [{ OptType: 2, ContactItem: { Type: 1, To_Account: 'v' }, CustomMark: 'é'.repeat(150) }],
    });
    expect(long.valid ? '' : long.errors[0]).toMatch(new RegExp(`\\(string "${'é'.repeat(100)}…"\\)$`));
  });
});
