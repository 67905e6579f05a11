import { MIGRATIONS } from '@labelklaar/migrations';

import { mkdir, mkdtemp, readdir, readFile, rename, rm, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';

import { dataDirHolder, LOCK_FILE, lockDataDir } from '../database/data-dir-lock';
import { BackupManifest, BackupRefusedError, DATABASE_MEMBER } from './backup-manifest';
import { verifyBackup } from './backup-reader';
import { lastMigration } from './backup-snapshot';

/** Thrown when the target folder cannot take the restore; the folder is left as it was. */
export class RestoreRefusedError extends Error {
  override name = 'RestoreRefusedError';
}

const STAGING_PREFIX = '.restore-';

function knownMigrations(): Set<string> {
  return new Set(MIGRATIONS.map((Migration) => new Migration().name ?? Migration.name));
}

async function entriesOf(folder: string): Promise<string[] | null> {
  try {
    return await readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return null;
    }
    throw error;
  }
}

/** PGlite unpacks its own tarball into `pgdata`, and the result must open on the manifest's level. */
async function loadDatabase(staging: string, manifest: BackupManifest): Promise<void> {
  const tarball = new Blob([await readFile(join(staging, DATABASE_MEMBER))]);
  const db = await PGlite.create(join(staging, 'pgdata'), { loadDataDir: tarball });
  try {
    const migration = await lastMigration({
      query: async (sql) => (await db.query<Record<string, unknown>>(sql)).rows,
      dumpDataDir: () => db.dumpDataDir('none'),
    });
    if (migration !== manifest.database.migration) {
      throw new BackupRefusedError('its database is not at the migration the manifest names');
    }
  } finally {
    await db.close();
  }
  await rm(join(staging, 'database'), { recursive: true });
}

function checkMigration(manifest: BackupManifest): void {
  const migration = manifest.database.migration;
  if (migration !== null && !knownMigrations().has(migration)) {
    throw new BackupRefusedError(
      `it was made by Labelklaar ${manifest.appVersion} at migration ${migration}, which this version does not know; restore it with that version or a newer one`,
    );
  }
}

function checkTarget(dataDir: string, entries: string[] | null, force: boolean): string[] {
  const holder = dataDirHolder(dataDir);
  if (holder !== null) {
    throw new RestoreRefusedError(
      `Labelklaar (process ${holder}) is running on ${dataDir}; stop it before restoring`,
    );
  }
  const content = (entries ?? []).filter((n) => n !== LOCK_FILE && !n.startsWith(STAGING_PREFIX));
  if (content.length > 0 && !force) {
    throw new RestoreRefusedError(
      `${dataDir} is not empty (${content.join(', ')}). Restore into an empty or new folder (set LABELKLAAR_DATA_DIR to it), or add --force to replace what is in this one`,
    );
  }
  return content;
}

/**
 * Restores a backup into the data folder LABELKLAAR_DATA_DIR names. Everything is unpacked and
 * checked (every hash, the database opened) in a staging folder inside it first; only then is
 * what was there (with --force) replaced. A refused backup leaves the folder as it was.
 */
export async function restoreBackup(
  file: string,
  dataDir: string,
  force: boolean,
): Promise<BackupManifest> {
  const entries = await entriesOf(dataDir);
  const replaced = checkTarget(dataDir, entries, force);
  await mkdir(dataDir, { recursive: true });
  const unlock = lockDataDir(dataDir);
  for (const name of (entries ?? []).filter((n) => n.startsWith(STAGING_PREFIX))) {
    // Left by a restore that was killed halfway.
    await rm(join(dataDir, name), { recursive: true, force: true });
  }
  const staging = await mkdtemp(join(dataDir, STAGING_PREFIX));
  try {
    const manifest = await verifyBackup(file, staging);
    checkMigration(manifest);
    await loadDatabase(staging, manifest);
    for (const name of replaced) {
      await rm(join(dataDir, name), { recursive: true, force: true });
    }
    for (const name of await readdir(staging)) {
      await rename(join(staging, name), join(dataDir, name));
    }
    await rmdir(staging);
    return manifest;
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    if (entries === null) {
      await rm(dataDir, { recursive: true, force: true });
    }
    throw error;
  } finally {
    unlock();
  }
}
