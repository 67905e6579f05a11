import { Client } from 'pg';

import { testDatabaseKind } from './database-kind';

export interface SharedServerDatabase {
  url: string;
  drop: () => Promise<void>;
}

/**
 * A database that several API instances can share. On the server pass it is the test database;
 * on the embedded pass (which allows one connection) a database of its own, named after
 * `prefix`, on the PostgreSQL server every machine of this project runs
 * (LABELKLAAR_SERVER_DATABASE_URL), dropped again by `drop`.
 */
export async function sharedServerDatabase(prefix: string): Promise<SharedServerDatabase> {
  if (testDatabaseKind() === 'postgres') {
    return { url: process.env['DATABASE_URL'] ?? '', drop: () => Promise.resolve() };
  }
  const server =
    process.env['LABELKLAAR_SERVER_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
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
