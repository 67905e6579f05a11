// Jest globalSetup: without DATABASE_URL the end-to-end tests get an embedded PostgreSQL (PGlite),
// served over a local socket so the API reaches it through `pg` exactly as it reaches a server.
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export default async function globalSetup() {
  if (process.env.DATABASE_URL) {
    process.env.LABELKLAAR_TEST_DATABASE = 'postgres';
    return;
  }
  const db = await PGlite.create();
  // Each test app holds one connection (its pool has one, as in the product); a few suites open a
  // second app or a plain client beside it, never querying both at once, because pglite-socket
  // would interleave two busy connections' statements.
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 4 });
  await server.start();
  const port = server.getServerConn().split(':')[1];
  process.env.DATABASE_URL = `postgres://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
  process.env.LABELKLAAR_TEST_DATABASE = 'embedded';
  globalThis.__LABELKLAAR_PGLITE__ = { db, server };
}
