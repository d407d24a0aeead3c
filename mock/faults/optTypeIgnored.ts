import { contactKeyOfItem } from './support/contactKeyOfItem';
import { cloneResponse } from './support/cloneResponse';
import { isRecord } from './support/isRecord';
import type { SeededFault } from './types';

/**
 * Every MarkItem is applied as OptType 3 ("1: Set standard marks. 2: Set custom mark. 3: Set both",
 * mark_contact.txt): OptType 1 also writes CustomMark, OptType 2 also writes Set/ClearMark.
 * The answer still echoes the OptType that was sent.
 */
export const optTypeIgnored: SeededFault = {
  name: 'opt-type-ignored',
  breaksRule: 'mark.opt-type.standard-only',
  description: 'applies every MarkItem as OptType 3 (both standard and custom marks)',
  create: () => {
    let sent: { key: string | undefined; optType: unknown }[] = [];
    return {
      beforeModel(state, request) {
        sent = [];
        if (request.api !== 'recentcontact/mark_contact' || !isRecord(request.body) || !Array.isArray(request.body['MarkItem'])) return { state, request };
        const MarkItem = request.body['MarkItem'].map((item) => {
          if (!isRecord(item) || (item['OptType'] !== 1 && item['OptType'] !== 2)) return item;
          sent.push({ key: contactKeyOfItem(item['ContactItem']), optType: item['OptType'] });
          return { ...item, OptType: 3 };
        });
        return { state, request: { ...request, body: { ...request.body, MarkItem } } };
      },
      afterModel(result) {
        if (sent.length === 0 || !Array.isArray(result.response['ResultItem'])) return result;
        const response = cloneResponse(result.response);
        const pending = [...sent];
        for (const item of response['ResultItem'] as unknown[]) {
          if (!isRecord(item) || item['OptType'] !== 3) continue;
          const at = pending.findIndex((p) => p.key === contactKeyOfItem(item['ContactItem']));
          if (at < 0) continue;
          item['OptType'] = pending[at]!.optType;
          pending.splice(at, 1);
        }
        return { ...result, response };
      },
    };
  },
};
