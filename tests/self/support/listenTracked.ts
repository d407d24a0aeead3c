import type { Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * Puts a test server on 127.0.0.1:0 and keeps its sockets, so `close()` ends even while
 * keep-alive or hanging connections are open. Socket errors from resets the test causes are
 * expected, not crashes.
 */
export async function listenTracked(server: Server): Promise<{ url: string; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
