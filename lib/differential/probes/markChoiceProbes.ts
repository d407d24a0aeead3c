import { choiceProbe } from './choiceProbe';
import { read } from './read';
import { steps as s } from './steps';

const U = '{u0}';
const P1 = s.c2c(`${U}p1`);
/** 257 bytes: one over "CustomMark ... Up to 256 bytes are supported" (mark_contact.txt). */
const OVER_LONG_MARK = 'm'.repeat(257);

/** The choice points of mark_contact and the StandardMark bit string. */
export const MARK_CHOICE_PROBES = {
  standardMarkBitOrder: choiceProbe('standardMarkBitOrder', {
    users: 1,
    steps: [s.mark(U, [{ contact: P1, set: [1] }]), s.search(U, [P1])],
    reveal: (a) => {
      const item = read.item(a[1], `${U}p1`);
      // Bit 1 alone reads as 2 in exactly one order ("10" msb-first, "01" lsb-first).
      if (read.bits(item, 'msb-first') === 2n) return 'msb-first';
      return read.bits(item, 'lsb-first') === 2n ? 'lsb-first' : undefined;
    },
  }),
  setAndClearSameBit: choiceProbe('setAndClearSameBit', {
    users: 1,
    steps: [s.mark(U, [{ contact: P1, set: [7], clear: [7] }]), s.search(U, [P1])],
    reveal: (a) => {
      if (!read.ok(a[0]) || a[1] === undefined) return undefined;
      const mark = read.item(a[1], `${U}p1`)?.StandardMark;
      return typeof mark === 'string' && mark.includes('1') ? 'set-wins' : 'clear-wins';
    },
  }),
  placeInvalidMarkValue: choiceProbe('placeInvalidMarkValue', {
    users: 1,
    steps: [s.mark(U, [{ contact: P1, set: [64] }])],
    reveal: (a) => read.placement(a[0]),
  }),
  g2cCheckOnMark: choiceProbe('g2cCheckOnMark', {
    users: 2,
    chatGroups: [{ owner: 1 }],
    steps: [s.mark(U, [{ contact: s.group('{g0}'), set: [1] }])],
    reveal: (a) => (a[0] === undefined ? undefined : read.anyCode(a[0]) === 51007 ? 'check' : 'skip'),
  }),
  ignoredFieldValidation: choiceProbe('ignoredFieldValidation', {
    // OptType 1 ignores CustomMark; this one is over the 256-byte limit.
    users: 1,
    steps: [s.mark(U, [{ contact: P1, opt: 1, set: [2], custom: OVER_LONG_MARK }])],
    reveal: (a) => (a[0] === undefined ? undefined : read.anyCode(a[0]) === 0 ? 'ignore' : 'validate'),
  }),
};
