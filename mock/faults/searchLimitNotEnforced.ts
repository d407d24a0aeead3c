import type { SeededFault } from './types';

/** 301 search items accepted ("Up to 300 conversations can be searched at a time", search_contact_group.txt). */
export const searchLimitNotEnforced: SeededFault = {
  name: 'search-limit-not-enforced',
  breaksRule: 'search.items-over-limit',
  description: 'accepts more than 300 ContactItem entries in one search',
  create: () => ({ limits: (limits) => ({ ...limits, maxSearchItems: Number.MAX_SAFE_INTEGER }) }),
};
