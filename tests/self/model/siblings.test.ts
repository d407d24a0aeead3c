import { test, expect } from '@playwright/test';
import { emptyState } from '../../../lib/model/emptyState';
import { userView } from '../../../lib/model/userView';
import { c2c, call, g2c, must, nameOfBytes, withChatGroup, withGroup, withUsers } from './modelFixture';

test('account_import accepts a 32-byte UserID, is idempotent, and rejects 33 bytes or a missing UserID with 70402', () => {
  let state = must(emptyState(), 'im_open_login_svc/account_import', { UserID: nameOfBytes(32) });
  state = withGroup(must(state, 'im_open_login_svc/account_import', { UserID: 'u1', Nick: 'n' }), 'u1', 'g');
  state = must(state, 'im_open_login_svc/account_import', { UserID: 'u1' });
  expect(userView(state, 'u1')!.groups).toHaveLength(1);
  for (const body of [{ UserID: nameOfBytes(33) }, {}, { UserID: 7 }, { UserID: 'x', Nick: 1 }, null]) {
    expect(call(state, 'im_open_login_svc/account_import', body).response.ErrorCode).toBe(70402);
  }
});

test('multiaccount_import takes Accounts or AccountList, lists invalid ids in FailAccounts and caps at 100', () => {
  const result = call(emptyState(), 'im_open_login_svc/multiaccount_import', { Accounts: ['a', nameOfBytes(33), 'b'] });
  expect(result.response).toEqual({ FailAccounts: [nameOfBytes(33)], ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' });
  // The users map iterates in hash order (lib/model/PersistentMap.ts), so compare as a set.
  expect([...result.state.users.keys()].sort()).toEqual(['a', 'b']);
  const list = call(emptyState(), 'im_open_login_svc/multiaccount_import', { AccountList: [{ UserID: 'c', Nick: 'C' }] });
  expect(list.state.users.get('c')?.nick).toBe('C');
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `u${i}`);
  expect(call(emptyState(), 'im_open_login_svc/multiaccount_import', { Accounts: ids(100) }).response.ActionStatus).toBe('OK');
  expect(call(emptyState(), 'im_open_login_svc/multiaccount_import', { Accounts: ids(101) }).response.ErrorCode).toBe(70402);
});

test('account_check reports Imported and NotImported per item', () => {
  const response = call(withUsers('a'), 'im_open_login_svc/account_check', { CheckItem: [{ UserID: 'a' }, { UserID: 'b' }] }).response;
  expect(response.ResultItem).toEqual([
    { UserID: 'a', ResultCode: 0, ResultInfo: '', AccountStatus: 'Imported' },
    { UserID: 'b', ResultCode: 0, ResultInfo: '', AccountStatus: 'NotImported' },
  ]);
});

test('account_delete answers 0 or 70107 per item and removes the user, its groups and its memberships', () => {
  const chat = withChatGroup(withUsers('a', 'owner'), 'owner', ['a']);
  const state = withGroup(chat.state, 'a', 'g', ['p']);
  const result = call(state, 'im_open_login_svc/account_delete', { DeleteItem: [{ UserID: 'a' }, { UserID: 'ghost' }] });
  expect(result.response.ResultItem).toEqual([
    { ResultCode: 0, ResultInfo: '', UserID: 'a' },
    { ResultCode: 70107, ResultInfo: 'Err_TLS_PT_Open_Login_Account_Not_Exist', UserID: 'ghost' },
  ]);
  expect(userView(result.state, 'a')).toBeUndefined();
  expect(result.state.chatGroups.get(chat.groupId)!.members.has('a')).toBe(false);
  // Re-imported, the user starts empty.
  const again = must(result.state, 'im_open_login_svc/account_import', { UserID: 'a' });
  expect(userView(again, 'a')).toEqual({ groups: [], conversations: [] });
  expect(call(state, 'im_open_login_svc/account_delete', { DeleteItem: [] }).response.ErrorCode).toBe(70402);
});

test('create_group mints @TGS# ids, makes the owner a member and validates its fields', () => {
  const state = withUsers('o', 'm');
  const made = call(state, 'group_open_http_svc/create_group', { Owner_Account: 'o', Type: 'Public', Name: 'n', MemberList: [{ Member_Account: 'm' }] });
  const groupId = made.response.GroupId as string;
  expect(groupId).toMatch(/^@TGS#[0-9A-Z]{10}$/);
  expect([...made.state.chatGroups.get(groupId)!.members].sort()).toEqual(['m', 'o']);
  const second = call(made.state, 'group_open_http_svc/create_group', { Type: 'Private', Name: 'n' });
  expect(second.response.GroupId).not.toBe(groupId);
  const cases: [Record<string, unknown>, number][] = [
    [{ Type: 'Nope', Name: 'n' }, 10004],
    [{ Type: 'Public' }, 10004],
    [{ Type: 'Public', Name: nameOfBytes(31) }, 10004],
    [{ Type: 'Public', Name: nameOfBytes(30) }, 0],
    [{ Type: 'Public', Name: 'n', Owner_Account: 'ghost' }, 10019],
    [{ Type: 'Public', Name: 'n', MemberList: [{ Member_Account: 'ghost' }] }, 10019],
    [{ Type: 'Public', Name: 'n', GroupId: '@TGS#mine' }, 10004],
    [{ Type: 'Public', Name: 'n', GroupId: 'x'.repeat(49) }, 10004],
    [{ Type: 'Public', Name: 'n', GroupId: 'x'.repeat(48) }, 0],
    [{ Type: 'Public', Name: 'n', GroupId: 'é' }, 10004],
    [{ Type: 'AVChatRoom', Name: 'n', MemberList: [{ Member_Account: 'm' }] }, 10007],
    [{ Type: 'Public', Name: 'n', MemberList: Array.from({ length: 101 }, () => ({ Member_Account: 'm' })) }, 10005],
  ];
  for (const [body, code] of cases) expect(call(state, 'group_open_http_svc/create_group', body).response.ErrorCode, JSON.stringify(body).slice(0, 80)).toBe(code);
});

test('create_group rejects a custom GroupId that is taken with 10021', () => {
  const state = must(withUsers('o'), 'group_open_http_svc/create_group', { Type: 'Public', Name: 'n', GroupId: 'mine' });
  expect(call(state, 'group_open_http_svc/create_group', { Type: 'Public', Name: 'n', GroupId: 'mine' }).response.ErrorCode).toBe(10021);
});

test('destroy_group removes the chat group and answers 10010 for an unknown one', () => {
  const chat = withChatGroup(withUsers('o'), 'o');
  const state = must(chat.state, 'group_open_http_svc/destroy_group', { GroupId: chat.groupId });
  expect(state.chatGroups.has(chat.groupId)).toBe(false);
  expect(call(state, 'group_open_http_svc/destroy_group', { GroupId: chat.groupId }).response.ErrorCode).toBe(10010);
  expect(call(state, 'recentcontact/mark_contact', { From_Account: 'o', MarkItem: [{ OptType: 1, ContactItem: g2c(chat.groupId), SetMark: [1] }, { OptType: 1, ContactItem: c2c('x'), SetMark: [1] }] }).response.ResultItem).toEqual([
    expect.objectContaining({ ResultCode: 51007 }),
    expect.objectContaining({ ResultCode: 0 }),
  ]);
});
