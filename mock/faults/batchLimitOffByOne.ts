import type { SeededFault } from './types';

/** 101 ContactUpdateItem/ContactItem/MarkItem entries are accepted (51006 "keep ≤ 100 sessions per request"). */
export const batchLimitOffByOne: SeededFault = {
  name: 'batch-limit-off-by-one',
  breaksRule: 'update.contacts.batch-limit.51006',
  description: 'accepts 101 ContactUpdateItem/ContactItem/MarkItem entries (51006 missing at 101)',
  create: () => ({ limits: (limits) => ({ ...limits, maxItemsPerUpdate: limits.maxItemsPerUpdate + 1 }) }),
};
