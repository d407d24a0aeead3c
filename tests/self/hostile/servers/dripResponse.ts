import type { HostileHandler } from './HostileBehaviour';

const BODY = '{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}';

/**
 * Sends the headers at once, then a valid envelope one byte per second: a client whose timeout
 * covers only the headers would wait ~50 s per call.
 */
export const dripResponse: HostileHandler = (request, response, track) => {
  request.resume();
  response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(BODY) });
  let sent = 0;
  const timer = setInterval(() => {
    if (response.destroyed || sent >= BODY.length) {
      clearInterval(timer);
      if (!response.destroyed) response.end();
      return;
    }
    response.write(BODY[sent]);
    sent++;
  }, 1000);
  track(timer);
};
