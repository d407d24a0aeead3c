import type { SeededFault } from './types';

/** A 257-byte CustomMark is accepted ("CustomMark … Up to 256 bytes are supported", mark_contact.txt). */
export const customMarkLimitOffByOne: SeededFault = {
  name: 'custom-mark-limit-off-by-one',
  breaksRule: 'mark.custom-mark.too-long',
  description: 'accepts a CustomMark of limit+1 (257) UTF-8 bytes',
  create: () => ({ limits: (limits) => ({ ...limits, customMarkMaxBytes: limits.customMarkMaxBytes + 1 }) }),
};
