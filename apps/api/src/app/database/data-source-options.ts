import { MIGRATIONS } from '@labelklaar/migrations';

import { DataSourceOptions } from 'typeorm';

import { guardedPgDriver } from './connection-guard';
import { DatabaseKind } from './database-handle';
import { ENTITIES } from './entities';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/**
 * The embedded database is one PGlite backend behind pglite-socket, which does not keep two
 * connections' unnamed statements and portals apart: two connections would mix each other's
 * queries. So it gets exactly one connection, kept open (no idle close and reconnect race with
 * the socket server's one-connection limit); requests queue for it, as they would queue inside
 * PGlite anyway. A server gets a pool.
 */
const POOL: Record<DatabaseKind, { max: number; idleTimeoutMillis?: number }> = {
  embedded: { max: 1, idleTimeoutMillis: 0 },
  postgres: { max: 10 },
};

/** Migrations run on start; the schema never follows the entities by itself. */
export function dataSourceOptions(url: string, kind: DatabaseKind = 'postgres'): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    driver: guardedPgDriver(),
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+, so no extension has to be installed.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    namingStrategy: new SnakeNamingStrategy(),
    extra: POOL[kind],
    logging: ['error'],
  };
}
