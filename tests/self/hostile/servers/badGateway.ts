import type { HostileHandler } from './HostileBehaviour';

/**
 * Answers HTTP 502 with an HTML body, as a proxy in front of a dead backend does.
 * tencent-chat-api-notes.md §1.2: "always 200 unless a network error (such as error 502) occurs".
 */
export const badGateway: HostileHandler = (request, response) => {
  request.resume();
  response.writeHead(502, { 'content-type': 'text/html' });
  response.end('<html><body><h1>502 Bad Gateway</h1></body></html>');
};
