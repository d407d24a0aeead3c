/**
 * The UserSig alphabet: standard base64 with `+` → `*`, `/` → `-`, `=` → `_`
 * (tencent-chat-api-notes.md §6.1 step 6, "replace `+`→`*`, `/`→`-`, `=`→`_`").
 */

/** Encodes bytes in the UserSig alphabet. */
export function toUserSigBase64(bytes: Buffer): string {
  return bytes.toString('base64').replace(/\+/g, '*').replace(/\//g, '-').replace(/=/g, '_');
}

/**
 * Decodes a UserSig-alphabet string, or returns undefined when it is not one.
 * Why strict: Node's base64 decoder silently skips foreign characters, which
 * would let a tampered sig decode to a shorter buffer instead of failing.
 */
export function fromUserSigBase64(text: string): Buffer | undefined {
  if (text.length === 0 || !/^[A-Za-z0-9*\-_]+$/.test(text)) return undefined;
  const standard = text.replace(/\*/g, '+').replace(/-/g, '/').replace(/_/g, '=');
  if (/=[^=]/.test(standard)) return undefined;
  return Buffer.from(standard, 'base64');
}
