import { test, expect } from '@playwright/test';
import fc from 'fast-check';
import { hashString } from '../../../lib/model/hashString';
import { PersistentMap } from '../../../lib/model/PersistentMap';

const SEED = 20_261_123;

const FNV_PRIME = 0x01000193;

/** The inverse of the FNV prime modulo 2^32 (Newton's iteration doubles the correct low bits). */
function inversePrime(): number {
  let x = FNV_PRIME;
  for (let i = 0; i < 5; i++) x = Math.imul(x, 2 - Math.imul(FNV_PRIME, x));
  return x >>> 0;
}

/**
 * The `nth` key (0, 1, …) whose hashString is `target`: a prefix and two UTF-16 units. FNV-1a's
 * last step is invertible, so the last unit follows from the hash before it; the one before is searched.
 */
function keyWithHash(target: number, nth: number): string {
  const beforeLast = Math.imul(target, inversePrime()) >>> 0;
  let skip = nth;
  for (let prefix = 0; ; prefix++) {
    const start = hashString(`p${prefix}`);
    for (let unit = 0; unit < 0x10000; unit++) {
      const last = (Math.imul(start ^ unit, FNV_PRIME) ^ beforeLast) >>> 0;
      if (last < 0x10000 && skip-- === 0) return `p${prefix}${String.fromCharCode(unit, last)}`;
    }
  }
}

/**
 * Keys on the trie's rare paths, which random keys almost never reach: three with one hash
 * (a collision list that grows and shrinks), and keys equal in all but the top, 2-bit chunk
 * (a split at shift 30) or all but one middle chunk.
 */
const BASE_HASH = 0x12345678;
const AWKWARD_HASHES = [BASE_HASH, BASE_HASH, BASE_HASH, BASE_HASH ^ 0x80000000, BASE_HASH ^ 0x80000000, BASE_HASH ^ 0x40000000, BASE_HASH ^ (1 << 12)];
function awkwardKeys(): string[] {
  return AWKWARD_HASHES.map((target, i) => keyWithHash(target, AWKWARD_HASHES.slice(0, i).filter((h) => h === target).length));
}

const AWKWARD = awkwardKeys();

/** Few distinct keys, so sequences overwrite and delete what they set; plus the awkward ones. */
const keyArb = fc.oneof(fc.constantFrom(...AWKWARD), fc.integer({ min: 0, max: 60 }).map((i) => `u${i}`), fc.string({ maxLength: 3 }));
type Op = { kind: 'set'; key: string; value: number } | { kind: 'delete'; key: string };
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('set' as const), key: keyArb, value: fc.integer({ min: 0, max: 3 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), key: keyArb }) },
);
// size 'max': lengths spread up to the maximum, so maps grow past one 32-way level (the default stays under 10).
const opsArb = fc.array(opArb, { maxLength: 300, size: 'max' });

function apply(map: PersistentMap<string, number>, op: Op): PersistentMap<string, number> {
  return op.kind === 'set' ? map.set(op.key, op.value) : map.delete(op.key);
}

/** The map's content as sorted entries, read through the iterator. */
function sortedEntries(map: ReadonlyMap<string, number>): [string, number][] {
  return [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

test('the constructed keys are distinct and have the hashes asked for', () => {
  expect(new Set(AWKWARD).size).toBe(AWKWARD_HASHES.length);
  expect(AWKWARD.map(hashString)).toEqual(AWKWARD_HASHES.map((hash) => hash >>> 0));
});

/** The first difference between the map and the native Map it should equal, read per key and whole. */
function differenceFrom(map: PersistentMap<string, number>, native: ReadonlyMap<string, number>, keys: readonly string[]): string | undefined {
  if (map.size !== native.size) return `size ${map.size}, native ${native.size}`;
  for (const key of keys) {
    if (map.get(key) !== native.get(key) || map.has(key) !== native.has(key)) return `key ${JSON.stringify(key)}: get ${map.get(key)} has ${map.has(key)}, native ${native.get(key)} ${native.has(key)}`;
  }
  const mine = JSON.stringify(sortedEntries(map));
  const theirs = JSON.stringify(sortedEntries(native));
  return mine === theirs ? undefined : `entries ${mine}, native ${theirs}`;
}

test('any sequence of set and delete gives the same get, has, size and entries as a native Map', () => {
  fc.assert(
    fc.property(opsArb, fc.array(keyArb, { maxLength: 20 }), (ops, probes) => {
      let map = PersistentMap.empty<string, number>();
      const native = new Map<string, number>();
      for (const [step, op] of ops.entries()) {
        map = apply(map, op);
        if (op.kind === 'set') native.set(op.key, op.value);
        else native.delete(op.key);
        const difference = differenceFrom(map, native, [op.key]);
        if (difference !== undefined) throw new Error(`after step ${step}: ${difference}`);
      }
      expect(differenceFrom(map, native, [...probes, ...AWKWARD])).toBeUndefined();
    }),
    { seed: SEED, numRuns: 200 },
  );
});

test('a write never changes an earlier version: every version still holds what it held when made', () => {
  fc.assert(
    fc.property(opsArb, (ops) => {
      const versions: PersistentMap<string, number>[] = [PersistentMap.empty()];
      const natives: Map<string, number>[] = [new Map()];
      for (const op of ops) {
        versions.push(apply(versions.at(-1)!, op));
        const native = new Map(natives.at(-1));
        if (op.kind === 'set') native.set(op.key, op.value);
        else native.delete(op.key);
        natives.push(native);
      }
      const differences = versions.map((version, i) => differenceFrom(version, natives[i]!, AWKWARD)).filter((d) => d !== undefined);
      expect(differences).toEqual([]);
    }),
    { seed: SEED, numRuns: 100 },
  );
});

test('iteration yields each key once, and keys, values, entries, forEach and size agree', () => {
  fc.assert(
    fc.property(opsArb, (ops) => {
      const map = ops.reduce(apply, PersistentMap.empty<string, number>());
      const entries = [...map.entries()];
      const keys = [...map.keys()];
      expect(new Set(keys).size).toBe(keys.length);
      expect(keys).toHaveLength(map.size);
      expect(entries.map(([key]) => key)).toEqual(keys);
      expect([...map.values()]).toEqual(entries.map(([, value]) => value));
      expect([...map]).toEqual(entries);
      const seen: [string, number][] = [];
      let owners = 0;
      map.forEach((value, key, owner) => {
        if (owner === map) owners++;
        seen.push([key, value]);
      });
      expect(seen).toEqual(entries);
      expect(owners).toBe(entries.length);
      expect(entries.filter(([key, value]) => map.get(key) !== value)).toEqual([]);
    }),
    { seed: SEED, numRuns: 100 },
  );
});

test('the same keys iterate in the same order whatever order they were set and deleted in', () => {
  fc.assert(
    fc.property(opsArb, fc.array(keyArb, { maxLength: 40 }), (ops, extra) => {
      const map = ops.reduce(apply, PersistentMap.empty<string, number>());
      // The same content reached another way: the extra keys set, then deleted again, in reverse.
      let other = PersistentMap.from([...map].reverse());
      for (const key of extra) if (!map.has(key)) other = other.set(key, 9);
      for (const key of extra) if (!map.has(key)) other = other.delete(key);
      expect([...other]).toEqual([...map]);
    }),
    { seed: SEED, numRuns: 100 },
  );
});

test('setting the value a key already holds, or deleting an absent key, returns the same map', () => {
  fc.assert(
    fc.property(opsArb, keyArb, (ops, key) => {
      const map = ops.reduce(apply, PersistentMap.empty<string, number>());
      const value = map.get(key);
      if (value === undefined) expect(map.delete(key)).toBe(map);
      else expect(map.set(key, value)).toBe(map);
      expect(map.set(key, -1)).not.toBe(map);
    }),
    { seed: SEED, numRuns: 100 },
  );
});
