import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

import { lockDataDir } from './data-dir-lock';

export interface EmbeddedPostgres {
  url: string;
  /** PGlite's tarball of its data folder (call it while no transaction is open: see backup/). */
  dumpDataDir(): Promise<Blob>;
  stop(): Promise<void>;
}

/**
 * PostgreSQL compiled to WebAssembly, reached through the ordinary `pg` driver over a local TCP
 * socket, so the embedded and the server database run the same code and SQL. PGlite is one
 * backend: pglite-socket interleaves the protocol messages of several connections on it, so that
 * one connection's unnamed statement or portal can receive another's Bind. The socket therefore
 * takes exactly one connection, and the API's pool holds exactly one (data-source-options.ts).
 */
export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  const directory = join(dataDir, 'pgdata');
  mkdirSync(directory, { recursive: true });
  const unlock = lockDataDir(dataDir);
  try {
    const db = await PGlite.create(directory);
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 1 });
    await server.start();
    const [, port] = server.getServerConn().split(':');
    return {
      url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
      dumpDataDir: () => db.dumpDataDir('none'),
      stop: async () => {
        await server.stop();
        await db.close();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}
