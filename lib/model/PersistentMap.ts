import { hashString } from './hashString';

const BITS = 5;
const MASK = (1 << BITS) - 1;

interface Leaf<V> {
  readonly kind: 'leaf';
  readonly hash: number;
  readonly key: string;
  readonly value: V;
}
/** Keys whose 32-bit hashes are equal: a short list in key order. */
interface Collision<V> {
  readonly kind: 'collision';
  readonly hash: number;
  readonly leaves: readonly Leaf<V>[];
}
/** Children for the 5-bit hash chunks present in `bitmap`, in chunk order. */
interface Branch<V> {
  readonly kind: 'branch';
  readonly bitmap: number;
  readonly children: readonly Node<V>[];
}
type Node<V> = Leaf<V> | Collision<V> | Branch<V>;

/**
 * An immutable map with string keys whose writes copy O(log32 n) small nodes instead of the
 * whole map: a hash array mapped trie (HAMT, Bagwell 2001) with path copying. `set` and
 * `delete` return a new map and share every untouched node with the old one, so old states
 * stay valid values (the oracle keeps many candidate states alive at once).
 *
 * It implements `ReadonlyMap<K, V>`, so readers keep writing `state.users.get(id)`.
 * Iteration order is hash order (key order among equal hashes), not insertion order: the same
 * keys iterate in the same order whatever writes led to them.
 *
 * Why our own rather than Immutable.js 5.2.1 (npm, MIT, no dependencies, released 2026-11):
 * measured with a throwaway script on this shared 2-core box (Node 20, operations per CPU-second,
 * best of 3, random keys of a map of 1k / 10k / 100k keys):
 *   this HAMT      set 2.3M / 1.4M / 229k   get 12.3M / 7.3M / 945k
 *   Immutable.js   set 1.6M / 508k / 202k   get 11.5M / 2.8M / 660k
 *   native Map copied per write (the old model)   set 20k / 173 / 13
 * Immutable.js is not faster, adds a 744 kB package (69 kB minified), brings its own
 * collection API instead of `ReadonlyMap`, and lib/model may import only lib/model and
 * lib/apis.ts (docs/architecture.md), so it would need a rule change. The mock's write rate
 * belongs in `npm run bench`.
 */
export class PersistentMap<K extends string, V> implements ReadonlyMap<K, V> {
  private constructor(
    private readonly root: Node<V> | undefined,
    readonly size: number,
  ) {}

  /** The empty map. */
  static empty<K extends string, V>(): PersistentMap<K, V> {
    return new PersistentMap<K, V>(undefined, 0);
  }

  /** A map of these entries; a later entry for the same key wins, as with `new Map(entries)`. */
  static from<K extends string, V>(entries: Iterable<readonly [K, V]>): PersistentMap<K, V> {
    let map = PersistentMap.empty<K, V>();
    for (const [key, value] of entries) map = map.set(key, value);
    return map;
  }

  get(key: K): V | undefined {
    return find(this.root, hashString(key), key)?.value;
  }
  has(key: K): boolean {
    return find(this.root, hashString(key), key) !== undefined;
  }

  /** The map with `key` set to `value`; this map itself when it already holds that value. */
  set(key: K, value: V): PersistentMap<K, V> {
    const grown = { by: 0 };
    const root = insert(this.root, 0, { kind: 'leaf', hash: hashString(key), key, value }, grown);
    return root === this.root ? this : new PersistentMap(root, this.size + grown.by);
  }

  /** The map without `key`; this map itself when the key is absent. */
  delete(key: K): PersistentMap<K, V> {
    if (this.root === undefined) return this;
    const root = remove(this.root, 0, hashString(key), key);
    return root === this.root ? this : new PersistentMap(root, this.size - 1);
  }

  *entries(): MapIterator<[K, V]> {
    for (const leaf of leavesOf(this.root)) yield [leaf.key as K, leaf.value];
  }
  *keys(): MapIterator<K> {
    for (const leaf of leavesOf(this.root)) yield leaf.key as K;
  }
  *values(): MapIterator<V> {
    for (const leaf of leavesOf(this.root)) yield leaf.value;
  }
  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (const leaf of leavesOf(this.root)) callback.call(thisArg, leaf.value, leaf.key as K, this);
  }
}

/** The chunk of `hash` at this depth, 0..31. Shifts stop at 30: two hashes that differ split by then. */
function chunkOf(hash: number, shift: number): number {
  return (hash >>> shift) & MASK;
}

/** Where `chunk`'s child sits in a branch's children: the set bits of `bitmap` below it (popcount). */
function indexIn(bitmap: number, chunk: number): number {
  let bits = bitmap & ((1 << chunk) - 1);
  bits -= (bits >>> 1) & 0x55555555;
  bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333);
  return Math.imul((bits + (bits >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

function find<V>(root: Node<V> | undefined, hash: number, key: string): Leaf<V> | undefined {
  let node = root;
  for (let shift = 0; node !== undefined; shift += BITS) {
    if (node.kind === 'leaf') return node.key === key ? node : undefined;
    if (node.kind === 'collision') return node.hash === hash ? node.leaves.find((leaf) => leaf.key === key) : undefined;
    const chunk = chunkOf(hash, shift);
    if ((node.bitmap & (1 << chunk)) === 0) return undefined;
    node = node.children[indexIn(node.bitmap, chunk)];
  }
  return undefined;
}

/** `node` with `leaf` put in; `grown.by` becomes 1 when the key was new. Returns `node` when nothing changed. */
function insert<V>(node: Node<V> | undefined, shift: number, leaf: Leaf<V>, grown: { by: number }): Node<V> {
  if (node === undefined) {
    grown.by = 1;
    return leaf;
  }
  if (node.kind === 'branch') {
    const chunk = chunkOf(leaf.hash, shift);
    const index = indexIn(node.bitmap, chunk);
    if ((node.bitmap & (1 << chunk)) === 0) {
      grown.by = 1;
      return { kind: 'branch', bitmap: node.bitmap | (1 << chunk), children: node.children.toSpliced(index, 0, leaf) };
    }
    const child = node.children[index]!;
    const next = insert(child, shift + BITS, leaf, grown);
    return next === child ? node : { kind: 'branch', bitmap: node.bitmap, children: node.children.with(index, next) };
  }
  if (node.hash !== leaf.hash) {
    grown.by = 1;
    return split(node, leaf, shift);
  }
  if (node.kind === 'leaf') {
    if (node.key === leaf.key) return Object.is(node.value, leaf.value) ? node : leaf;
    grown.by = 1;
    return { kind: 'collision', hash: leaf.hash, leaves: node.key < leaf.key ? [node, leaf] : [leaf, node] };
  }
  const index = node.leaves.findIndex((old) => old.key === leaf.key);
  if (index >= 0 && Object.is(node.leaves[index]!.value, leaf.value)) return node;
  if (index >= 0) return { kind: 'collision', hash: node.hash, leaves: node.leaves.with(index, leaf) };
  grown.by = 1;
  // Kept in key order, so the iteration order does not depend on the order of writes.
  const at = node.leaves.findIndex((old) => old.key > leaf.key);
  return { kind: 'collision', hash: node.hash, leaves: node.leaves.toSpliced(at < 0 ? node.leaves.length : at, 0, leaf) };
}

/** The smallest subtree holding two nodes with different hashes. */
function split<V>(a: Leaf<V> | Collision<V>, b: Leaf<V>, shift: number): Branch<V> {
  const chunkA = chunkOf(a.hash, shift);
  const chunkB = chunkOf(b.hash, shift);
  if (chunkA === chunkB) return { kind: 'branch', bitmap: 1 << chunkA, children: [split(a, b, shift + BITS)] };
  return { kind: 'branch', bitmap: (1 << chunkA) | (1 << chunkB), children: chunkA < chunkB ? [a, b] : [b, a] };
}

/** `node` without `key`, collapsing a branch left with a lone leaf or collision; `node` itself when absent. */
function remove<V>(node: Node<V>, shift: number, hash: number, key: string): Node<V> | undefined {
  if (node.kind === 'leaf') return node.key === key ? undefined : node;
  if (node.kind === 'collision') {
    if (node.hash !== hash) return node;
    const leaves = node.leaves.filter((leaf) => leaf.key !== key);
    if (leaves.length === node.leaves.length) return node;
    return leaves.length === 1 ? leaves[0] : { kind: 'collision', hash, leaves };
  }
  const chunk = chunkOf(hash, shift);
  if ((node.bitmap & (1 << chunk)) === 0) return node;
  const index = indexIn(node.bitmap, chunk);
  const child = node.children[index]!;
  const next = remove(child, shift + BITS, hash, key);
  if (next === child) return node;
  const children = next === undefined ? node.children.toSpliced(index, 1) : node.children.with(index, next);
  if (children.length === 0) return undefined;
  if (children.length === 1 && children[0]!.kind !== 'branch') return children[0];
  return { kind: 'branch', bitmap: next === undefined ? node.bitmap & ~(1 << chunk) : node.bitmap, children };
}

/** Every leaf, depth first in chunk order. */
function* leavesOf<V>(root: Node<V> | undefined): Generator<Leaf<V>, undefined, unknown> {
  const stack: Node<V>[] = root === undefined ? [] : [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.kind === 'leaf') yield node;
    else if (node.kind === 'collision') yield* node.leaves;
    else for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
}
