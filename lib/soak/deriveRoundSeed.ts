/**
 * The fast-check seed of soak round `round`, derived from CHAT_SEED: the same CHAT_SEED gives
 * the same seed sequence on every run, and each round explores different command sequences.
 * A 32-bit integer mix (the finaliser of MurmurHash3) of seed and round; non-negative so the
 * replay line reads `CHAT_SEED=123…`, never a minus sign the shell could misread.
 */
export function deriveRoundSeed(seed: number, round: number): number {
  let h = (seed ^ Math.imul(round + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) & 0x7fffffff;
}
