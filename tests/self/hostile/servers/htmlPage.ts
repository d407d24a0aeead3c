import type { HostileHandler } from './HostileBehaviour';

/** Answers HTTP 200 with an HTML page instead of the JSON envelope (a captive portal or a wrong URL). */
export const htmlPage: HostileHandler = (request, response) => {
  request.resume();
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  response.end('<!doctype html><html><head><title>Welcome</title></head><body>Not an API</body></html>');
};
