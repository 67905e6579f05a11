// A TCP proxy between the API and PostgreSQL that counts the statements the API sends, read off
// the wire protocol: every simple Query ('Q') and every Execute ('E') of the extended protocol is
// one statement. It counts what reaches the database, whatever the ORM does, without touching
// the API. Transaction control (BEGIN, COMMIT) is a statement too.
import { connect, createServer } from 'node:net';

/** Splits the frontend stream into messages; the first (startup) message has no type byte. */
function messageCounter(onStatement) {
  let buffer = Buffer.alloc(0);
  let started = false;
  return (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      if (!started) {
        if (buffer.length < 8) return;
        const length = buffer.readInt32BE(0);
        const code = buffer.readInt32BE(4);
        if (buffer.length < length) return;
        buffer = buffer.subarray(length);
        // 80877103: SSLRequest, answered with one byte before the real startup message follows.
        started = code !== 80877103;
        continue;
      }
      if (buffer.length < 5) return;
      const length = buffer.readInt32BE(1);
      if (buffer.length < length + 1) return;
      const type = String.fromCharCode(buffer[0]);
      if (type === 'Q' || type === 'E') onStatement();
      buffer = buffer.subarray(length + 1);
    }
  };
}

/** Listens on a free local port and forwards to `target` (a postgres:// URL). */
export async function startWireCounter(target) {
  const url = new URL(target);
  const counter = { statements: 0 };
  const sockets = new Set();
  const server = createServer((client) => {
    const upstream = connect(Number(url.port || 5432), url.hostname);
    sockets.add(client).add(upstream);
    const count = messageCounter(() => {
      counter.statements += 1;
    });
    client.on('data', (chunk) => {
      count(chunk);
      upstream.write(chunk);
    });
    upstream.pipe(client);
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', close).on('close', close);
    upstream.on('error', close).on('close', close);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const proxied = new URL(target);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(server.address().port);
  return {
    url: proxied.toString(),
    counter,
    stop: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
