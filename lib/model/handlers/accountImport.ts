import { field, isObject } from '../bodyReaders';
import { envelopeFail } from '../envelopeFail';
import { envelopeOk } from '../envelopeOk';
import type { Handler } from '../HandlerContext';
import { importUsers } from '../importUsers';
import { isValidUserId } from '../isValidUserId';

/**
 * v4/im_open_login_svc/account_import (notes §7.1): UserID ≤ 32 bytes, Nick and FaceUrl
 * optional strings; idempotent. Bad parameters → 70402 "Illegal request parameters".
 */
export const accountImport: Handler = (state, body) => {
  if (!isObject(body)) return { state, response: envelopeFail(70402) };
  const userId = field(body, 'UserID');
  const nick = field(body, 'Nick');
  const faceUrl = field(body, 'FaceUrl');
  if (!isValidUserId(userId) || !optionalString(nick) || !optionalString(faceUrl)) return { state, response: envelopeFail(70402) };
  return { state: importUsers(state, [{ userId, ...(nick !== undefined && { nick }), ...(faceUrl !== undefined && { faceUrl }) }]), response: envelopeOk() };
};

function optionalString(value: unknown): value is string | undefined {
  return value === undefined || typeof value === 'string';
}
