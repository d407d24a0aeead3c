/**
 * `x-max-utf8-bytes` counts UTF-8 bytes, not characters or UTF-16 units, and the group-name limit
 * follows `nameMaxBytes` (CHAT_NAME_MAX_BYTES): 64 per the 2026 pages, 32 on older deployments.
 */
import { expect, test } from '@playwright/test';
import { createSchemaValidator } from '../../../lib/spec/createSchemaValidator';
import { utf8ByteLength } from '../../../lib/model/utf8ByteLength';

const ONE = 'a'; // 1 byte
const TWO = 'é'; // 2 bytes
const THREE = '中'; // 3 bytes
const FOUR = '😀'; // 4 bytes, 2 UTF-16 units

const createGroup = (GroupName: string) => ({ From_Account: 'user_0001', GroupContactItem: [{ GroupName }] });
const rename = (NewGroupName: string) => ({
  From_Account: 'user_0001', UpdateType: 1, UpdateGroup: { UpdateGroupType: 1, OldGroupName: 'group_0001', NewGroupName },
});

const names: { title: string; name: string; bytes: number }[] = [
  { title: '1-byte characters', name: ONE.repeat(63), bytes: 63 },
  { title: '1-byte characters', name: ONE.repeat(64), bytes: 64 },
  { title: '1-byte characters', name: ONE.repeat(65), bytes: 65 },
  { title: '2-byte characters', name: TWO.repeat(31) + ONE, bytes: 63 },
  { title: '2-byte characters', name: TWO.repeat(32), bytes: 64 },
  { title: '2-byte characters', name: TWO.repeat(32) + ONE, bytes: 65 },
  { title: '3-byte characters', name: THREE.repeat(21), bytes: 63 },
  { title: '3-byte characters', name: THREE.repeat(21) + ONE, bytes: 64 },
  { title: '3-byte characters', name: THREE.repeat(21) + ONE + ONE, bytes: 65 },
  { title: '4-byte characters', name: FOUR.repeat(15) + ONE.repeat(3), bytes: 63 },
  { title: '4-byte characters', name: FOUR.repeat(16), bytes: 64 },
  { title: '4-byte characters', name: FOUR.repeat(16) + ONE, bytes: 65 },
  { title: 'ASCII and a 2-byte character straddling byte 64', name: ONE.repeat(63) + TWO, bytes: 65 },
  { title: 'ASCII and a 3-byte character straddling byte 64', name: ONE.repeat(62) + THREE, bytes: 65 },
  { title: 'ASCII and a 4-byte character straddling byte 64', name: ONE.repeat(61) + FOUR, bytes: 65 },
  { title: 'ASCII and a 4-byte character ending on byte 64', name: ONE.repeat(60) + FOUR, bytes: 64 },
  { title: '22 3-byte characters (22 characters, 66 bytes)', name: THREE.repeat(22), bytes: 66 },
];

test.describe('x-max-utf8-bytes on group names (default limit 64)', () => {
  const validator = createSchemaValidator();
  for (const { title, name, bytes } of names) {
    const verdict = bytes <= 64 ? 'accepts' : 'rejects';
    test(`${verdict} a ${bytes}-byte group name of ${title}`, () => {
      expect(utf8ByteLength(name)).toBe(bytes);
      const result = validator.validateRequest('recentcontact/create_contact_group', createGroup(name));
      if (bytes <= 64) expect(result).toEqual({ valid: true });
      else {
        expect(result.valid).toBe(false);
        expect(result.valid ? [] : result.errors).toEqual([
          `create_contact_group request: /GroupContactItem/0/GroupName: x-max-utf8-bytes: expected at most 64 UTF-8 bytes, got ${bytes} bytes (string ${JSON.stringify(name)})`,
        ]);
      }
    });
  }

  test('rejects a 65-byte NewGroupName in a rename', () => {
    const result = createSchemaValidator().validateRequest('recentcontact/update_contact_group', rename(TWO.repeat(32) + ONE));
    expect(result.valid ? [] : result.errors).toHaveLength(1);
    expect(result.valid ? '' : result.errors[0]).toContain('/UpdateGroup/NewGroupName: x-max-utf8-bytes: expected at most 64 UTF-8 bytes, got 65 bytes');
  });

  test('rejects a 65-byte GroupName in del_contact_group', () => {
    const result = createSchemaValidator().validateRequest('recentcontact/del_contact_group', { From_Account: 'u', GroupName: [ONE.repeat(65)] });
    expect(result.valid ? '' : result.errors.join('\n')).toContain('/GroupName/0: x-max-utf8-bytes: expected at most 64 UTF-8 bytes, got 65 bytes');
  });
});

test.describe('nameMaxBytes overrides the group-name limit', () => {
  test('with nameMaxBytes 32, accepts a 32-byte name and rejects a 33-byte one', () => {
    const validator = createSchemaValidator({ nameMaxBytes: 32 });
    expect(validator.nameMaxBytes).toBe(32);
    expect(validator.validateRequest('recentcontact/create_contact_group', createGroup(TWO.repeat(16)))).toEqual({ valid: true });
    expect(validator.validateRequest('recentcontact/update_contact_group', rename(TWO.repeat(16) + ONE))).toEqual({
      valid: false,
      errors: [`update_contact_group request: /UpdateGroup/NewGroupName: x-max-utf8-bytes: expected at most 32 UTF-8 bytes, got 33 bytes (string "${TWO.repeat(16)}${ONE}")`],
    });
  });

  test('a 32-byte validator does not change the default validator (cached per option)', () => {
    const narrow = createSchemaValidator({ nameMaxBytes: 32 });
    const wide = createSchemaValidator();
    expect(narrow).not.toBe(wide);
    expect(createSchemaValidator({ nameMaxBytes: 32 })).toBe(narrow);
    expect(wide.validateRequest('recentcontact/create_contact_group', createGroup(ONE.repeat(33)))).toEqual({ valid: true });
    expect(narrow.validateRequest('recentcontact/create_contact_group', createGroup(ONE.repeat(33))).valid).toBe(false);
  });

  test('does not apply to other byte limits: CustomMark stays 256 bytes and UserID 32 bytes', () => {
    const validator = createSchemaValidator({ nameMaxBytes: 32 });
    const mark = (CustomMark: string, From_Account = 'u') => ({ From_Account, MarkItem: [{ OptType: 2, ContactItem: { Type: 1, To_Account: 'v' }, CustomMark }] });
    expect(validator.validateRequest('recentcontact/mark_contact', mark(THREE.repeat(85) + ONE))).toEqual({ valid: true });
    const tooLong = validator.validateRequest('recentcontact/mark_contact', mark(THREE.repeat(85) + TWO, ONE.repeat(33)));
    expect(tooLong.valid ? [] : tooLong.errors.map((line) => line.split(': x-max-utf8-bytes: ')[1]?.split(',')[0])).toEqual([
      'expected at most 32 UTF-8 bytes',
      'expected at most 256 UTF-8 bytes',
    ]);
  });

  test('does not apply to the create_group Name (30 bytes)', () => {
    const validator = createSchemaValidator({ nameMaxBytes: 64 });
    expect(validator.validateRequest('group_open_http_svc/create_group', { Type: 'Public', Name: THREE.repeat(10) }).valid).toBe(true);
    expect(validator.validateRequest('group_open_http_svc/create_group', { Type: 'Public', Name: THREE.repeat(10) + ONE }).valid).toBe(false);
  });

  test('rejects a nameMaxBytes that is not a positive integer with one line naming the option', () => {
    expect(() => createSchemaValidator({ nameMaxBytes: 0 })).toThrow(/^nameMaxBytes: expected a positive integer number of bytes, got 0$/);
    expect(() => createSchemaValidator({ nameMaxBytes: 1.5 })).toThrow(/^nameMaxBytes: expected a positive integer number of bytes, got 1\.5$/);
  });
});
