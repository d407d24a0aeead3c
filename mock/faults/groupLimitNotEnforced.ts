import type { SeededFault } from './types';

/** A 21st group is accepted ("Each user can create up to 20 conversation groups", 51010). */
export const groupLimitNotEnforced: SeededFault = {
  name: 'group-limit-not-enforced',
  breaksRule: 'create.group-limit.51010',
  description: 'accepts a 21st conversation group (51010 missing)',
  create: () => ({ limits: (limits) => ({ ...limits, maxGroupsPerUser: Number.MAX_SAFE_INTEGER }) }),
};
