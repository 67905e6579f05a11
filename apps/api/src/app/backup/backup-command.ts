import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ReadableStream } from 'node:stream/web';
import { PGlite } from '@electric-sql/pglite';

import { AppConfig } from '../config/app-config';
import { dataDirHolder, DataDirInUseError, lockDataDir } from '../database/data-dir-lock';
import { BackupControl, CONTROL_FILE } from './backup-control.service';
import { BackupManifest, BackupRefusedError } from './backup-manifest';
import { verifyBackup } from './backup-reader';
import { restoreBackup, RestoreRefusedError } from './backup-restore';
import { Freeze, stageSnapshot, writeArchive } from './backup-snapshot';

/** A refusal the operator can act on: one line, exit code 1. */
export class CommandRefusedError extends Error {
  override name = 'CommandRefusedError';
}

/** The failures the operator gets as one line instead of a stack trace. */
export function isRefusal(error: unknown): error is Error {
  return (
    error instanceof CommandRefusedError ||
    error instanceof BackupRefusedError ||
    error instanceof RestoreRefusedError ||
    error instanceof DataDirInUseError
  );
}

const SERVER_DATABASE = [
  'DATABASE_URL is set: this Labelklaar keeps its data on a PostgreSQL server, and',
  '`cli.js backup` covers the embedded database only. Back the server up with pg_dump:',
  '  pg_dump --format=custom --file=labelklaar.dump "$DATABASE_URL"',
  'and copy the evidence files (LABELKLAAR_DATA_DIR/files, or the S3 bucket), LABELKLAAR_DATA_DIR/mail',
  'and your configuration. README.md, "Backups", has the whole recipe and the way back (pg_restore).',
].join('\n');

async function fromRunningProduct(dataDir: string, holder: number, output: string) {
  const path = join(dataDir, CONTROL_FILE);
  const control = existsSync(path)
    ? (JSON.parse(readFileSync(path, 'utf8')) as BackupControl)
    : null;
  if (control?.pid !== holder) {
    throw new CommandRefusedError(
      `process ${holder} has ${dataDir} open but offers no snapshot (still starting, or another command); try again in a moment`,
    );
  }
  const response = await fetch(`http://127.0.0.1:${control.port}/snapshot`, {
    method: 'POST',
    headers: { authorization: `Bearer ${control.token}` },
  });
  if (!response.ok || !response.body) {
    throw new CommandRefusedError(
      `the running product refused the snapshot: ${response.status} ${(await response.text()).trim()}`,
    );
  }
  await pipeline(
    Readable.fromWeb(response.body as ReadableStream<Uint8Array>),
    createWriteStream(output, { mode: 0o600 }),
  );
}

/** Nobody has the folder open: the command opens PGlite itself, holding the folder's lock. */
async function fromDataDir(dataDir: string, output: string): Promise<void> {
  if (!existsSync(join(dataDir, 'pgdata', 'PG_VERSION'))) {
    throw new CommandRefusedError(`there is no embedded database in ${dataDir}`);
  }
  const unlock = lockDataDir(dataDir);
  const freeze: Freeze = async (work) => {
    const db = await PGlite.create(join(dataDir, 'pgdata'));
    try {
      return await work({
        query: async (sql) => (await db.query<Record<string, unknown>>(sql)).rows,
        dumpDataDir: () => db.dumpDataDir('none'),
      });
    } finally {
      await db.close();
    }
  };
  try {
    const snapshot = await stageSnapshot(dataDir, freeze);
    try {
      await writeArchive(snapshot, createWriteStream(output, { mode: 0o600 }));
    } finally {
      await rm(snapshot.folder, { recursive: true, force: true });
    }
  } finally {
    unlock();
  }
}

function summary(verb: string, file: string, manifest: BackupManifest): string {
  const bytes = manifest.members.reduce((sum, member) => sum + member.size, 0);
  const files = manifest.members.filter((m) => m.path.startsWith('files/')).length;
  return `${verb} ${file}: the database at ${manifest.database.migration ?? 'no migration'}, ${files} evidence file(s), ${manifest.members.length} members, ${bytes} bytes, every sha256 checked.\n`;
}

/**
 * `cli.js backup <file> [--force]`: one ZIP of the embedded database and the data folder's files,
 * written beside the target as `.partial`, read back and checked, then renamed into place.
 */
export async function backupCommand(config: AppConfig, target: string | undefined, force: boolean) {
  if (config.databaseUrl) {
    throw new CommandRefusedError(SERVER_DATABASE);
  }
  if (!target) {
    throw new CommandRefusedError('name the file to write: cli.js backup <file>');
  }
  const file = resolve(target);
  if (existsSync(file) && !force) {
    throw new CommandRefusedError(
      `${file} exists already; name a new file, or add --force to overwrite it`,
    );
  }
  const partial = `${file}.partial`;
  await rm(partial, { force: true });
  try {
    const holder = dataDirHolder(config.dataDir);
    await (holder === null
      ? fromDataDir(config.dataDir, partial)
      : fromRunningProduct(config.dataDir, holder, partial));
    const manifest = await verifyBackup(partial);
    await rename(partial, file);
    return summary('Backup written to', file, manifest);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

/** `cli.js restore <file> [--force]`: into the (empty) data folder LABELKLAAR_DATA_DIR names. */
export async function restoreCommand(
  config: AppConfig,
  source: string | undefined,
  force: boolean,
) {
  if (config.databaseUrl) {
    throw new CommandRefusedError(
      'DATABASE_URL is set: `cli.js restore` restores the embedded database only. For a server, use pg_restore (README.md, "Backups"), or unset DATABASE_URL to restore into LABELKLAAR_DATA_DIR.',
    );
  }
  if (!source || !existsSync(source)) {
    throw new CommandRefusedError(`no backup file ${source ?? ''}: cli.js restore <file>`);
  }
  try {
    const manifest = await restoreBackup(resolve(source), config.dataDir, force);
    return summary(`Restored into ${config.dataDir} from`, resolve(source), manifest);
  } catch (error) {
    if (error instanceof BackupRefusedError) {
      throw new CommandRefusedError(
        `${source} was not restored, because ${error.message}. ${config.dataDir} is as it was.`,
      );
    }
    throw error;
  }
}
