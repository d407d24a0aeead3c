import { field, isInteger, isObject, nonEmptyString } from '../bodyReaders';
import { envelopeFail } from '../envelopeFail';
import { envelopeOk } from '../envelopeOk';
import type { Handler } from '../HandlerContext';
import { renderContactResult } from '../renderContactResult';
import { renderGroupItems } from '../renderGroupItems';
import type { ConversationRecord } from '../types';

/**
 * v4/recentcontact/get_contact_group (notes §3.6, doc 53440). A read: nothing is copied
 * beyond the page itself.
 *
 * "StartIndex ... Enter 0 for the first pull and enter the value of NextStartIndex returned
 * last time." → an integer ≥ 0, else [INF] 50002. Pages hold `getPageSize` conversations
 * (undocumented) in first-touched order, or reversed (`itemOrder`). CompleteFlag 1 on the
 * last page (NextStartIndex 0, as in the sample), else 0 with NextStartIndex = the next
 * StartIndex ([INF] by analogy with get_list). GroupItem lists all the user's groups on every page.
 */
export const getContactGroup: Handler = (state, body, ctx) => {
  if (!isObject(body)) return { state, response: envelopeFail(50002) };
  const from = nonEmptyString(body, 'From_Account');
  const start = field(body, 'StartIndex');
  if (from === undefined || !isInteger(start) || start < 0) return { state, response: envelopeFail(50002) };
  const user = state.users.get(from);
  if (user === undefined) return { state, response: envelopeFail(50001) };

  const total = user.conversations.size;
  // The page size influences the answer as soon as there are two conversations to split.
  const pageSize = total >= 2 ? Math.max(1, Math.floor(ctx.choice('getPageSize'))) : Math.max(1, ctx.config.choices.getPageSize);
  const end = Math.min(total, start + pageSize);
  const reverse = total >= 2 && ctx.choice('itemOrder') === 'reverse';
  const page: Record<string, unknown>[] = [];
  if (start < total) {
    const all: ConversationRecord[] = [...user.conversations.values()];
    if (reverse) all.reverse();
    for (let i = start; i < end; i++) page.push(renderContactResult(all[i]!.contact, all[i], ctx));
  }
  const complete = end >= total;
  return {
    state,
    response: envelopeOk({
      ContactItem: page,
      GroupItem: renderGroupItems(user.groups),
      CompleteFlag: complete ? 1 : 0,
      NextStartIndex: complete ? 0 : end,
    }),
  };
};
