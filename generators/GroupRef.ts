/**
 * A conversation group named by position among the actor's groups at run time (ascending
 * model id), or a name that is never created, for the documented 51009 case ("The
 * requested conversation group does not exist", notes §4.2). Positions wrap, so a shrunk
 * sequence still names some group.
 */
export type GroupRef = { readonly pick: number } | { readonly missing: true };

/** The name of a group that no command ever creates. */
export const MISSING_GROUP_NAME = 'rcc-no-such-group';

/** Short readable form: `#1` or `missing`. */
export function groupRefText(ref: GroupRef): string {
  return 'pick' in ref ? `#${ref.pick}` : 'missing';
}
