import type { HostileHandler } from './HostileBehaviour';

/** Accepts the request and never answers: only the client's per-attempt timeout can end it. */
export const hang: HostileHandler = (request) => {
  // Drain the body so the socket stays healthy; the missing answer is the only fault.
  request.resume();
};
