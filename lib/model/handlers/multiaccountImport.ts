import { field, isObject } from '../bodyReaders';
import { envelopeFail } from '../envelopeFail';
import { envelopeOk } from '../envelopeOk';
import type { Handler } from '../HandlerContext';
import { importUsers, type AccountToImport } from '../importUsers';
import { isValidUserId } from '../isValidUserId';

/** "≤ 100 per call" (notes §7.2). */
const MAX_ACCOUNTS = 100;

/**
 * v4/im_open_login_svc/multiaccount_import (notes §7.2): `Accounts: string[]` or
 * `AccountList: [{UserID, Nick?, FaceUrl?}]`, at most 100. Invalid ids are listed in
 * FailAccounts and the rest imported; a wrong shape → [INF] 70402.
 */
export const multiaccountImport: Handler = (state, body) => {
  if (!isObject(body)) return { state, response: envelopeFail(70402) };
  const accounts = field(body, 'Accounts');
  const accountList = field(body, 'AccountList');
  let wanted: { userId: unknown; nick?: unknown; faceUrl?: unknown }[];
  if (Array.isArray(accounts) && accountList === undefined) {
    wanted = accounts.map((userId) => ({ userId }));
  } else if (Array.isArray(accountList) && accounts === undefined) {
    if (!accountList.every(isObject)) return { state, response: envelopeFail(70402) };
    wanted = accountList.map((entry) => ({ userId: field(entry, 'UserID'), nick: field(entry, 'Nick'), faceUrl: field(entry, 'FaceUrl') }));
  } else {
    return { state, response: envelopeFail(70402) };
  }
  // FailAccounts is a list of strings, so every id must at least be a string.
  if (wanted.length === 0 || wanted.length > MAX_ACCOUNTS || !wanted.every((w) => typeof w.userId === 'string')) {
    return { state, response: envelopeFail(70402) };
  }
  const ok: AccountToImport[] = [];
  const failed: string[] = [];
  for (const { userId, nick, faceUrl } of wanted) {
    const profileOk = (nick === undefined || typeof nick === 'string') && (faceUrl === undefined || typeof faceUrl === 'string');
    if (!isValidUserId(userId) || !profileOk) {
      failed.push(userId as string);
      continue;
    }
    ok.push({ userId, ...(typeof nick === 'string' && { nick }), ...(typeof faceUrl === 'string' && { faceUrl }) });
  }
  return { state: importUsers(state, ok), response: envelopeOk({ FailAccounts: failed }) };
};
