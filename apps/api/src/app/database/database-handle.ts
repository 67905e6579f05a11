import { AppConfig } from '../config/app-config';
import { startEmbeddedPostgres } from './embedded-postgres';

export type DatabaseKind = 'embedded' | 'postgres';

export interface DatabaseHandle {
  kind: DatabaseKind;
  url: string;
  /** The embedded database only: PGlite's tarball of its data folder, for the backup. */
  dumpDataDir?: () => Promise<Blob>;
  close(): Promise<void>;
}

export const DATABASE_HANDLE = Symbol('DATABASE_HANDLE');

/** DATABASE_URL set: that server. Otherwise an embedded PostgreSQL in the data folder. */
export async function openDatabase(config: AppConfig): Promise<DatabaseHandle> {
  if (config.databaseUrl) {
    return { kind: 'postgres', url: config.databaseUrl, close: () => Promise.resolve() };
  }
  const embedded = await startEmbeddedPostgres(config.dataDir);
  return {
    kind: 'embedded',
    url: embedded.url,
    dumpDataDir: embedded.dumpDataDir,
    close: embedded.stop,
  };
}
