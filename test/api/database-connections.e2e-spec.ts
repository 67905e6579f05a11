import { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';

import { NestedConnectionError } from '../../apps/api/src/app/database/connection-guard';
import { createTestApp, testDatabaseKind } from '../support/test-app';

interface PoolOptions {
  max: number;
  idleTimeoutMillis?: number;
}

describe('database connections', () => {
  let app: NestExpressApplication;
  let dataSource: DataSource;

  beforeAll(async () => {
    app = await createTestApp();
    dataSource = app.get(DataSource);
  });

  afterAll(async () => {
    await app.close();
  });

  const pool = () =>
    (dataSource.driver as unknown as { master: { options: PoolOptions } }).master.options;

  it('gives the embedded database exactly one connection, kept open, and a server a pool', () => {
    expect(pool()).toMatchObject(
      testDatabaseKind() === 'embedded' ? { max: 1, idleTimeoutMillis: 0 } : { max: 10 },
    );
  });

  it('runs a transaction’s queries on its own connection', async () => {
    const result = await dataSource.transaction((manager) => manager.query('SELECT 1 AS one'));
    expect(result).toEqual([{ one: 1 }]);
  });

  it('refuses a query inside a transaction that would need a second connection', async () => {
    await expect(
      dataSource.transaction(async () => dataSource.query('SELECT 1')),
    ).rejects.toBeInstanceOf(NestedConnectionError);
    await expect(
      dataSource.manager.transaction('READ COMMITTED', async () => dataSource.query('SELECT 1')),
    ).rejects.toBeInstanceOf(NestedConnectionError);
  });

  it('still runs many queries at once outside transactions, queued on the pool', async () => {
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, n) => dataSource.query('SELECT $1::int AS n', [n])),
    );
    expect(results.map(([row]) => (row as { n: number }).n)).toEqual(
      Array.from({ length: 25 }, (_, n) => n),
    );
  });
});
