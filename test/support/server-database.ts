import { Client } from 'pg';

import { testDatabaseKind } from './database-kind';

export interface SharedServerDatabase {
  url: string;
  drop: () => Promise<void>;
}

/**
 * A database that several API instances can share: a database of its own, named after `prefix`,
 * dropped again by `drop`. On the server pass it is made on the server of DATABASE_URL; on the
 * embedded pass (which allows one connection) on the PostgreSQL server every machine of this
 * project runs (LABELKLAAR_SERVER_DATABASE_URL). Never the suites' shared test database: a job
 * over "every organisation" would meet what other suites left there.
 */
export async function sharedServerDatabase(prefix: string): Promise<SharedServerDatabase> {
  const server =
    (testDatabaseKind() === 'postgres' ? process.env['DATABASE_URL'] : undefined) ??
    process.env['LABELKLAAR_SERVER_DATABASE_URL'] ??
    'postgres://postgres@127.0.0.1:5432/test';
  const name = `${prefix}_${process.pid}_${Date.now()}`;
  const onServer = async (sql: string) => {
    const client = new Client({ connectionString: server });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await onServer(`CREATE DATABASE ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
