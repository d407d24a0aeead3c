import { envelopeFail } from '../envelopeFail';
import { envelopeOk } from '../envelopeOk';
import type { Handler } from '../HandlerContext';
import { readUserIdItems } from './readUserIdItems';

/**
 * v4/im_open_login_svc/account_check (notes §7.4): ResultItem
 * `{UserID, ResultCode, ResultInfo, AccountStatus: "Imported" | "NotImported"}`. A read.
 */
export const accountCheck: Handler = (state, body) => {
  const ids = readUserIdItems(body, 'CheckItem');
  if (ids === undefined) return { state, response: envelopeFail(70402) };
  const ResultItem = ids.map((UserID) => ({
    UserID,
    ResultCode: 0,
    ResultInfo: '',
    AccountStatus: state.users.has(UserID) ? 'Imported' : 'NotImported',
  }));
  return { state, response: envelopeOk({ ResultItem }) };
};
