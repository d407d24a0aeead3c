import type { Socket } from 'node:net';
import { gatewayFail } from '../gateway/gatewayFail';
import { envelopeBytes } from './envelopeBytes';

/**
 * Answers bytes node:http cannot parse as HTTP (its `clientError`) with HTTP 200 and a
 * 60002 envelope ("HTTP parsing error", notes §4.1) instead of node's bare 400, then
 * closes: the documents promise 200 + envelope for every answer (notes §1.2).
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable || error.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const body = envelopeBytes(gatewayFail(60002, 'malformed HTTP request'));
  socket.end(`HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body.toString('utf8')}`);
  socket.destroySoon?.();
}
