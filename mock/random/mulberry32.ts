/**
 * mulberry32: a tiny seeded PRNG (uniform in [0, 1)), so the same seed gives the same
 * sequence of draws. Used by every seeded randomness of the mock (injected errors, the
 * chaos preset, the flaky network). Any integer seed works: it is taken modulo 2^32.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
