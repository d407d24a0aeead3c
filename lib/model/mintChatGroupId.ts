/** Number of characters after the `@TGS#` prefix. */
const ID_CHARS = 10;
const SPACE = 36n ** BigInt(ID_CHARS);
/** Coprime with 36, so `seq -> seq * MULTIPLIER + OFFSET (mod 36^10)` is a bijection: no two seqs share an id. */
const MULTIPLIER = 1_000_000_007n;
const OFFSET = 1_234_567_890_123n;

/**
 * A server-style chat group id for sequence number `seq`: `@TGS#` + 10 uppercase
 * alphanumerics, like `@TGS#2J4SZEAEL` ("格式前缀为 @TGS#", notes §7.5). Deterministic, so the
 * model stays pure; scrambled, so tests cannot lean on ids being consecutive.
 */
export function mintChatGroupId(seq: number): string {
  const value = (BigInt(seq) * MULTIPLIER + OFFSET) % SPACE;
  return `@TGS#${value.toString(36).toUpperCase().padStart(ID_CHARS, '0')}`;
}
