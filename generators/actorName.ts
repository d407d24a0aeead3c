/** The readable name of an actor index in a stateful run: its two users are A (even) and B (odd). */
export function actorName(index: number): 'A' | 'B' {
  return index % 2 === 0 ? 'A' : 'B';
}
