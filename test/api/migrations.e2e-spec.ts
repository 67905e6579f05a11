import { MIGRATIONS } from '@labelklaar/migrations';

import { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';

import { createTestApp } from '../support/test-app';

describe('database migrations', () => {
  let app: NestExpressApplication;
  let dataSource: DataSource;

  beforeAll(async () => {
    app = await createTestApp();
    dataSource = app.get(DataSource);
  });

  afterAll(async () => {
    await app.close();
  });

  it('leave no drift between the entities and the migrated schema', async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();

    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('are all recorded in the migrations table, in order, with none pending', async () => {
    const rows = await dataSource.query<{ name: string }[]>(
      'SELECT name FROM migrations ORDER BY id',
    );

    expect(MIGRATIONS.length).toBeGreaterThan(0);
    // TypeORM records a migration's own `name`, falling back to its class name.
    expect(rows.map((row) => row.name)).toEqual(
      MIGRATIONS.map((Migration) => new Migration().name ?? Migration.name),
    );
    expect(await dataSource.showMigrations()).toBe(false);
  });

  it('are the only way the schema changes: synchronize is off and migrations run on start', () => {
    expect(dataSource.options.synchronize).toBe(false);
    expect(dataSource.options.migrationsRun).toBe(true);
  });
});
