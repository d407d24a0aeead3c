import type { HostileHandler } from './HostileBehaviour';

/** Destroys the TCP connection with an RST as soon as the request arrives (ECONNRESET on the client). */
export const resetConnection: HostileHandler = (request) => {
  request.socket.resetAndDestroy();
};
