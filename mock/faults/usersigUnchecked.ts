import type { SeededFault } from './types';

/** The gateway accepts any UserSig (notes §4.1: 70001/70003/70009/70013/70014 never answered). */
export const usersigUnchecked: SeededFault = {
  name: 'usersig-unchecked',
  breaksRule: 'gateway.usersig.invalid.70003',
  description: 'accepts any UserSig (no 70001/70003/70009/70013/70014)',
  create: () => ({ gateway: { acceptAnyUserSig: true } }),
};
