import type { SeededFault } from './types';

/**
 * FAIL envelopes are sent with HTTP 400 ("The returned HTTP status code for this API is
 * always 200 unless a network error (such as error 502) occurs", every API page).
 * Keyed on ErrorCode so it still fires when combined with action-status-mismatch.
 */
export const http400OnError: SeededFault = {
  name: 'http-400-on-error',
  breaksRule: 'envelope.http-200',
  description: 'sends error envelopes with HTTP 400 instead of 200',
  create: () => ({ httpStatus: (response) => (response.ErrorCode !== 0 ? 400 : undefined) }),
};
