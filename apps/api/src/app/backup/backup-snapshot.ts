import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, link, mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import archiver from 'archiver';

import { APP_VERSION } from '../health/health.service';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BackupManifest,
  BackupMember,
  COPIED_FOLDERS,
  DATABASE_MEMBER,
  MANIFEST_NAME,
} from './backup-manifest';

/** The database while nothing else can write to it. */
export interface FrozenDatabase {
  query(sql: string): Promise<Record<string, unknown>[]>;
  dumpDataDir(): Promise<Blob>;
}

/** Runs `work` while no other query or transaction can reach the database. */
export type Freeze = <T>(work: (db: FrozenDatabase) => Promise<T>) => Promise<T>;

/** A snapshot laid out in a folder of its own, ready to be archived and then removed. */
export interface StagedSnapshot {
  folder: string;
  migration: string | null;
}

const STAGING_PREFIX = '.backup-';

export async function lastMigration(db: FrozenDatabase): Promise<string | null> {
  const [table] = await db.query(`SELECT to_regclass('public.migrations') IS NOT NULL AS "exists"`);
  if (!table?.['exists']) {
    return null;
  }
  const [last] = await db.query(
    'SELECT name FROM migrations ORDER BY timestamp DESC, id DESC LIMIT 1',
  );
  return typeof last?.['name'] === 'string' ? last['name'] : null;
}

/** Hard links (the files never change once written: new ones are renamed into place), else copies. */
async function linkTree(from: string, to: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(from);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return;
    }
    throw error;
  }
  await mkdir(to, { recursive: true });
  // Dot names are work in progress (the upload staging folder `.incoming`), never stored data.
  for (const name of names.filter((n) => !n.startsWith('.'))) {
    const source = join(from, name);
    if ((await stat(source)).isDirectory()) {
      await linkTree(source, join(to, name));
    } else {
      await link(source, join(to, name)).catch(() => copyFile(source, join(to, name)));
    }
  }
}

async function removeStale(dataDir: string): Promise<void> {
  for (const name of await readdir(dataDir)) {
    if (name.startsWith(STAGING_PREFIX)) {
      await rm(join(dataDir, name), { recursive: true, force: true });
    }
  }
}

/**
 * One consistent moment: with the database frozen, a checkpoint puts every committed change in
 * the data files, PGlite tars them, and the evidence files and mails are hard-linked beside it.
 * The freeze lasts only that long; archiving happens afterwards from the staged folder.
 */
export async function stageSnapshot(dataDir: string, freeze: Freeze): Promise<StagedSnapshot> {
  await removeStale(dataDir);
  const folder = await mkdtemp(join(dataDir, STAGING_PREFIX));
  try {
    const migration = await freeze(async (db) => {
      await db.query('CHECKPOINT');
      const found = await lastMigration(db);
      const tarball = await db.dumpDataDir();
      await mkdir(join(folder, 'database'));
      await writeFile(join(folder, DATABASE_MEMBER), Buffer.from(await tarball.arrayBuffer()));
      for (const name of COPIED_FOLDERS) {
        await linkTree(join(dataDir, name), join(folder, name));
      }
      return found;
    });
    return { folder, migration };
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
}

async function filesUnder(root: string, folder = root): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      found.push(...(await filesUnder(root, path)));
    } else {
      found.push(relative(root, path).split(sep).join('/'));
    }
  }
  return found.sort();
}

async function describe(folder: string, path: string): Promise<BackupMember> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(join(folder, path)) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { path, size, sha256: hash.digest('hex') };
}

/** The ZIP of a staged snapshot: manifest.json first, then every member it lists. */
export async function writeArchive(
  snapshot: StagedSnapshot,
  output: Writable,
): Promise<BackupManifest> {
  const members: BackupMember[] = [];
  for (const path of await filesUnder(snapshot.folder)) {
    members.push(await describe(snapshot.folder, path));
  }
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: APP_VERSION,
    createdAt: new Date().toISOString(),
    database: { kind: 'embedded', migration: snapshot.migration },
    members,
  };
  const archive = archiver('zip', { zlib: { level: 6 } });
  const written = pipeline(archive, output);
  archive.append(`${JSON.stringify(manifest, null, 2)}\n`, { name: MANIFEST_NAME });
  for (const member of members) {
    archive.file(join(snapshot.folder, member.path), { name: member.path });
  }
  await Promise.all([archive.finalize(), written]);
  return manifest;
}
