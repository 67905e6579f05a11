import { readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Thrown when another live process has the data folder open. */
export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `the data folder ${dataDir} is in use by process ${pid}; the embedded database can be open in one process only`,
    );
    this.name = 'DataDirInUseError';
  }
}

export const LOCK_FILE = 'labelklaar.lock';

const held = new Map<string, number>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The live process (other than this one) that holds the data folder, or null. */
export function dataDirHolder(dataDir: string): number | null {
  let pid: number;
  try {
    pid = Number(readFileSync(join(dataDir, LOCK_FILE), 'utf8').trim());
  } catch {
    return null;
  }
  return Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid) ? pid : null;
}

function createLock(path: string): boolean {
  try {
    // 'wx': created here or not at all, so two processes starting at once cannot both win.
    writeFileSync(path, `${process.pid}\n`, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      return false;
    }
    throw error;
  }
}

function takeLock(dataDir: string, path: string): void {
  if (createLock(path)) {
    return;
  }
  const holder = dataDirHolder(dataDir);
  if (holder !== null) {
    throw new DataDirInUseError(dataDir, holder);
  }
  // Stale (its process is gone) or our own pid left by an earlier life of this process.
  rmSync(path, { force: true });
  if (!createLock(path)) {
    throw new DataDirInUseError(dataDir, dataDirHolder(dataDir) ?? 0);
  }
}

/**
 * PGlite keeps no lock of its own, and two processes writing one data folder corrupt it. So the
 * product and every command take `<dataDir>/labelklaar.lock` (the pid) while the database is
 * open; a lock whose process is gone is stale and taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  const path = join(dataDir, LOCK_FILE);
  const count = held.get(path) ?? 0;
  if (count === 0) {
    takeLock(dataDir, path);
  }
  held.set(path, count + 1);
  let released = false;
  const release = () => {
    if (released) {
      return;
    }
    released = true;
    process.off('exit', release);
    const left = (held.get(path) ?? 1) - 1;
    if (left > 0) {
      held.set(path, left);
      return;
    }
    held.delete(path);
    try {
      unlinkSync(path);
    } catch {
      // Already gone: nothing to release.
    }
  };
  // The product ends on SIGTERM without closing the database; the lock goes with the process.
  process.once('exit', release);
  return release;
}
