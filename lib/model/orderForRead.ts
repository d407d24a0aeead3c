import type { HandlerContext } from './HandlerContext';

/**
 * Item order of a read response (undocumented, `itemOrder`): as given (request order for
 * search, first-touched order for get) or reversed. Consulted only with ≥ 2 items, since
 * a shorter list reads the same both ways.
 */
export function orderForRead<T>(items: readonly T[], ctx: HandlerContext): readonly T[] {
  if (items.length < 2) return items;
  return ctx.choice('itemOrder') === 'reverse' ? [...items].reverse() : items;
}
