import { defaultRubricDataDir } from './data-dir';
import { loadRubricEntries } from './rubric-catalog';
import {
  isLockedStatus,
  readRubricLock,
  rubricLockKey,
  verifyLockEntry,
  writeRubricLock,
} from './rubric-lock';

/**
 * Adds lock entries for published or retired versions that have none yet and returns their keys.
 * Never rewrites an entry: a locked version whose content changed makes this throw instead.
 */
export function lockNewPublishedRubrics(dataDir: string = defaultRubricDataDir()): string[] {
  const lock = readRubricLock(dataDir);
  const added: string[] = [];
  for (const entry of loadRubricEntries(dataDir)) {
    if (!isLockedStatus(entry.rubric.status)) {
      continue;
    }
    const key = rubricLockKey(entry.rubric);
    if (Object.hasOwn(lock, key)) {
      verifyLockEntry(entry, lock);
      continue;
    }
    lock[key] = entry.contentHash;
    added.push(key);
  }
  if (added.length > 0) {
    writeRubricLock(dataDir, lock);
  }
  return added;
}
