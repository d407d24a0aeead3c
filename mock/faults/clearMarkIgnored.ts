import { isRecord } from './support/isRecord';
import type { SeededFault } from './types';

const isBitList = (value: unknown) => Array.isArray(value) && value.every((bit) => typeof bit === 'number' && Number.isInteger(bit));

/**
 * ClearMark is ignored ("ClearMark … The value n indicates to cancel the mark value for bit n",
 * mark_contact.txt). Only a well-formed list is dropped, so a malformed one is still 50002.
 */
export const clearMarkIgnored: SeededFault = {
  name: 'clear-mark-ignored',
  breaksRule: 'mark.clear-mark',
  description: 'ignores ClearMark: cleared bits stay set',
  create: () => ({
    beforeModel(state, request) {
      if (request.api !== 'recentcontact/mark_contact' || !isRecord(request.body) || !Array.isArray(request.body['MarkItem'])) return { state, request };
      const MarkItem = request.body['MarkItem'].map((item) => {
        if (!isRecord(item) || !isBitList(item['ClearMark'])) return item;
        const { ClearMark: _dropped, ...rest } = item;
        return rest;
      });
      return { state, request: { ...request, body: { ...request.body, MarkItem } } };
    },
  }),
};
