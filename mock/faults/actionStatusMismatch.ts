import type { SeededFault } from './types';

/** Error answers carry ActionStatus "OK" with a non-zero ErrorCode ("OK: Successful; FAIL: Failed", notes §1.2). */
export const actionStatusMismatch: SeededFault = {
  name: 'action-status-mismatch',
  breaksRule: 'envelope.action-status-matches-error-code',
  description: 'error answers carry ActionStatus "OK" with a non-zero ErrorCode',
  create: () => ({ answer: (response) => (response.ActionStatus === 'FAIL' ? { ...response, ActionStatus: 'OK' } : response) }),
};
