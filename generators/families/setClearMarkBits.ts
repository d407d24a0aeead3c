import fc from 'fast-check';
import { addContactsArb, createGroupArb, markOptType1WithCustomMarkArb, readBackArb, searchArb, setClearMarksArb, setCustomMarkArb } from './commandArbitraries';
import type { StatefulFamily } from './StatefulFamily';

/**
 * Set/clear mark bits: after any sequence of SetMark / ClearMark / CustomMark writes every
 * read shows the model's 64-bit StandardMark and CustomMark ("A standard conversation mark
 * has 64 bits in total", "The value n indicates to set the mark value for bit n",
 * mark_contact.txt).
 */
export const setClearMarkBits: StatefulFamily = {
  name: 'set-clear-mark-bits',
  rule: 'stateful.set-clear-mark-bits',
  title: 'stateful: set/clear mark bits keep all 64 StandardMark bits consistent with the model',
  commands: (context) => {
    const bits = setClearMarksArb({ includeInvalid: false });
    return [
      bits,
      bits,
      bits,
      setClearMarksArb({ includeInvalid: true }),
      setCustomMarkArb(context.customMarkMaxBytes ?? 256),
      markOptType1WithCustomMarkArb,
      searchArb,
      searchArb,
      readBackArb,
      createGroupArb(fc.constantFrom('a', 'b')),
      addContactsArb,
    ];
  },
};
