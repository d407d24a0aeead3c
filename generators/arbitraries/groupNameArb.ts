import fc from 'fast-check';
import { stringOfBytesArb } from './stringOfBytesArb';

/** Options of groupNameArb. */
export interface GroupNameOptions {
  /** The target's group-name limit in UTF-8 bytes (CHAT_NAME_MAX_BYTES). @defaultValue 64 */
  readonly maxBytes?: number;
}

/**
 * Conversation-group names by UTF-8 byte length, biased to the documented limit
 * ("NewGroupName ... Maximum length: 64 bytes", update_contact_group.page.txt; 51011 beyond):
 * maxBytes−1, maxBytes, maxBytes+1, and a multibyte character straddling the limit,
 * plus short names of every width.
 */
export function groupNameArb(options: GroupNameOptions = {}): fc.Arbitrary<string> {
  const maxBytes = options.maxBytes ?? 64;
  const exact = (bytes: number) => stringOfBytesArb({ bytes: fc.constant(bytes) });
  return fc.oneof(
    { arbitrary: stringOfBytesArb({ bytes: fc.integer({ min: 1, max: Math.max(1, maxBytes - 2) }) }), weight: 3 },
    { arbitrary: exact(maxBytes - 1), weight: 2 },
    { arbitrary: exact(maxBytes), weight: 3 },
    { arbitrary: exact(maxBytes + 1), weight: 3 },
    { arbitrary: stringOfBytesArb({ bytes: fc.constant(maxBytes), straddle: maxBytes }), weight: 2 },
  );
}
