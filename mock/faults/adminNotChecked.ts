import type { SeededFault } from './types';

/** A non-admin identifier is accepted ("identifier | must be an App admin account", notes §1.1; 60010). */
export const adminNotChecked: SeededFault = {
  name: 'admin-not-checked',
  breaksRule: 'gateway.admin-required.60010',
  description: 'accepts a correctly signed non-admin identifier (60010 missing)',
  create: () => ({ gateway: { acceptNonAdmin: true } }),
};
