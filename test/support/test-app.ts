import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';

import { AppConfig, loadConfig } from '../../apps/api/src/app/config/app-config';
import { AppOptions, createApp } from '../../apps/api/src/app/create-app';
import { DatabaseKind } from '../../apps/api/src/app/database/database-handle';
import { testDatabaseKind } from './database-kind';

export { testDatabaseKind };

/**
 * The real application on the test database (embedded or server), demo data off; `databaseUrl`
 * reaches that same database another way (through a proxy the test controls).
 */
export async function createTestApp(
  overrides: Partial<AppConfig> = {},
  databaseUrl = process.env['DATABASE_URL'],
  kind: DatabaseKind = testDatabaseKind(),
  options: AppOptions = {},
): Promise<NestExpressApplication> {
  const url = databaseUrl;
  if (!url) {
    throw new Error(
      'DATABASE_URL is not set: run the tests through jest with test/support/global-setup.mjs',
    );
  }
  const config = {
    ...loadConfig({
      DATABASE_URL: url,
      LABELKLAAR_DEMO: 'false',
      LOG_LEVEL: 'error',
      LABELKLAAR_DATA_DIR: mkdtempSync(join(tmpdir(), 'labelklaar-test-')),
    }),
    ...overrides,
  };
  return createApp(config, { kind, url, close: () => Promise.resolve() }, options);
}
