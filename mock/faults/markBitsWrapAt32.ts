import { isRecord } from './support/isRecord';
import type { SeededFault } from './types';

const wrap = (bits: unknown) =>
  Array.isArray(bits) ? bits.map((bit) => (typeof bit === 'number' && Number.isInteger(bit) && bit >= 0 ? bit % 32 : bit)) : bits;

/**
 * SetMark/ClearMark bit n is applied as bit n % 32, as a 32-bit implementation would.
 * Breaks mark_contact.txt: "A standard conversation mark has 64 bits in total".
 */
export const markBitsWrapAt32: SeededFault = {
  name: 'mark-bits-wrap-at-32',
  breaksRule: 'mark.bits.accepted',
  description: 'applies SetMark/ClearMark bit n as bit n % 32 (a 32-bit implementation)',
  create: () => ({
    beforeModel(state, request) {
      if (request.api !== 'recentcontact/mark_contact' || !isRecord(request.body) || !Array.isArray(request.body['MarkItem'])) return { state, request };
      const MarkItem = request.body['MarkItem'].map((item) =>
        isRecord(item) ? { ...item, ...('SetMark' in item ? { SetMark: wrap(item['SetMark']) } : {}), ...('ClearMark' in item ? { ClearMark: wrap(item['ClearMark']) } : {}) } : item,
      );
      return { state, request: { ...request, body: { ...request.body, MarkItem } } };
    },
  }),
};
