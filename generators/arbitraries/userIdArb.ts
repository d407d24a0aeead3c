import fc from 'fast-check';

/**
 * Valid UserIDs: 1..32 bytes of letters, digits, `_` and `-` ("UserID ... up to 32 bytes",
 * account_import, tencent-chat-api-notes.md §7.1; allowed characters §6.1).
 */
export function userIdArb(): fc.Arbitrary<string> {
  return fc.stringMatching(/^[A-Za-z0-9_-]{1,32}$/);
}
