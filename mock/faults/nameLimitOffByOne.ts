import type { SeededFault } from './types';

/** Accepts a group name of limit+1 bytes: a `>` where `>=` was meant. */
export const nameLimitOffByOne: SeededFault = {
  name: 'name-limit-off-by-one',
  breaksRule: 'update.rename.name-too-long.51011',
  description: 'accepts a group name of limit+1 UTF-8 bytes (51011 missing at limit+1)',
  create: () => ({ limits: (limits) => ({ ...limits, nameMaxBytes: limits.nameMaxBytes + 1 }) }),
};
