/**
 * A conversation named by its place in the run's small pool, not by id: users and chat
 * groups are fresh for every run (and every shrink attempt), so commands are generated
 * before the ids exist and resolved when they run (StatefulWorld.contact).
 */
export type ContactRef =
  /** One-to-one (Type 1) with the actor's `peer`-th peer (the other users of the run). */
  | { readonly kind: 'c2c'; readonly peer: number }
  /**
   * Group (Type 2) with the run's `group`-th chat group: group 0 has both actors as
   * members; group 1 has neither, so writing it is the documented 51007 case.
   */
  | { readonly kind: 'group'; readonly group: number };

/** Short readable form: `c2c#0`, `group#1`. */
export function contactRefText(ref: ContactRef): string {
  return ref.kind === 'c2c' ? `c2c#${ref.peer}` : `group#${ref.group}`;
}
