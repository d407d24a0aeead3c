import { utf8ByteLength } from './utf8ByteLength';

/** Longest UserID: "UserID ... up to 32 bytes" (account_import, notes §7.1). */
export const USER_ID_MAX_BYTES = 32;

/** True for a UserID account_import accepts: a non-empty string of at most 32 UTF-8 bytes. */
export function isValidUserId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && utf8ByteLength(value) <= USER_ID_MAX_BYTES;
}
