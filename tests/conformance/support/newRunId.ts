import { randomBytes } from 'node:crypto';

/**
 * A short unique run id: 6 lowercase base-36 characters, so a UserID
 * `rcc_<runid>_w<n>_u<n>` stays far under the 32-byte limit (notes §7.1:
 * UserID "up to 32 bytes") and runs never share accounts (notes §7.3).
 */
export function newRunId(): string {
  const n = randomBytes(5).readUIntBE(0, 5);
  return n.toString(36).padStart(6, '0').slice(-6);
}
