/**
 * 32-bit FNV-1a over UTF-16 code units, unsigned: the key hash of PersistentMap.ts. Cheap
 * for short ids, and spreads sequential ids (`u1`, `u2`, …) over the trie's 5-bit chunks.
 */
export function hashString(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
