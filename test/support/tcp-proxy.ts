import { createServer, Server, Socket } from 'node:net';

/**
 * A TCP proxy in front of the test database that a test can cut and restore, as a database
 * restart or a network failure does: cut() closes every connection and refuses new ones,
 * restore() accepts them again on the same port, hold() keeps connections open but passes nothing
 * back, so that a request is left waiting for the database when the cut comes.
 */
export interface TcpProxy {
  /** The database URL, pointed at the proxy. */
  url: string;
  hold(): void;
  cut(): Promise<void>;
  restore(): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpProxy(databaseUrl: string): Promise<TcpProxy> {
  const target = new URL(databaseUrl);
  const sockets = new Set<Socket>();
  let holding = false;
  const track = (socket: Socket) => {
    // Without it, Nagle's algorithm and delayed ACKs add tens of milliseconds to every query.
    socket.setNoDelay(true);
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const accept = (client: Socket) => {
    const upstream = new Socket();
    track(client);
    track(upstream);
    upstream.connect(Number(target.port || 5432), target.hostname);
    client.on('data', (chunk) => upstream.write(chunk));
    upstream.on('data', (chunk) => holding || client.write(chunk));
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  };
  let server: Server = createServer(accept);
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        const address = server.address();
        resolve(typeof address === 'object' && address ? address.port : 0);
      });
    });
  const port = await listen(0);
  const stop = async () => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    sockets.forEach((socket) => socket.destroy());
    await closed;
  };
  const proxied = new URL(databaseUrl);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(port);
  return {
    url: proxied.toString(),
    hold: () => {
      holding = true;
    },
    cut: async () => {
      holding = false;
      await stop();
    },
    restore: async () => {
      if (server.listening) {
        return;
      }
      server = createServer(accept);
      await listen(port);
    },
    close: stop,
  };
}
