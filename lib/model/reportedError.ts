import type { HandlerContext } from './HandlerContext';

/**
 * The error a request is answered with when several request-level errors apply at once,
 * e.g. renaming a missing group to an over-long name (51009 and 51011). The documents give
 * no order, so which one is reported is the choice point `errorPrecedence`; the handlers
 * list the codes in the order the mock's default preset checks them. Undefined when none applies.
 */
export function reportedError(ctx: HandlerContext, applicable: readonly number[]): number | undefined {
  const distinct = [...new Set(applicable)];
  if (distinct.length <= 1) return distinct[0];
  return ctx.pick('errorPrecedence', distinct);
}
