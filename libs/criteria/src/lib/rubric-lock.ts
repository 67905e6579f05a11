import type { RubricStatus, RubricVersion } from '@labelklaar/domain';

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { RubricValidationError } from './rubric-validation.error';
import { compareStrings } from './semver';

export const RUBRIC_LOCK_FILE = 'rubrics.lock.json';

/** `{ "<rubric-id>@<semver>": "<sha256 hex>" }` */
export type RubricLock = Record<string, string>;

interface HashedRubric {
  rubric: RubricVersion;
  contentHash: string;
  file: string;
}

// A retired version was published once; its content stays frozen as well.
const LOCKED_STATUSES: ReadonlySet<RubricStatus> = new Set<RubricStatus>(['published', 'retired']);

export function rubricLockKey(rubric: RubricVersion): string {
  return `${rubric.id}@${rubric.version}`;
}

export function isLockedStatus(status: RubricStatus): boolean {
  return LOCKED_STATUSES.has(status);
}

/** The lock file of a data directory; a missing file is an empty lock. */
export function readRubricLock(dataDir: string): RubricLock {
  const file = rubricLockFile(dataDir);
  if (!existsSync(file)) {
    return {};
  }
  const data = parseJson(readFileSync(file, 'utf8'));
  if (!isRubricLock(data)) {
    const detail = 'must be a JSON object mapping "<id>@<version>" to a sha256 hex string';
    throw new RubricValidationError(file, '', 'lock-file-invalid', detail);
  }
  return data;
}

export function rubricLockFile(dataDir: string): string {
  return join(dataDir, RUBRIC_LOCK_FILE);
}

export function writeRubricLock(dataDir: string, lock: RubricLock): void {
  const sorted = Object.fromEntries(Object.entries(lock).sort(([a], [b]) => compareStrings(a, b)));
  writeFileSync(rubricLockFile(dataDir), `${JSON.stringify(sorted, null, 2)}\n`, 'utf8');
}

/**
 * Every published or retired version must have a lock entry with its hash, and every lock entry
 * a published or retired version: a locked version may be neither edited, deleted nor unpublished.
 */
export function verifyRubricLock(
  entries: readonly HashedRubric[],
  lock: RubricLock,
  lockFile: string,
): void {
  const lockedEntries = entries.filter((entry) => isLockedStatus(entry.rubric.status));
  for (const entry of lockedEntries) {
    verifyLockEntry(entry, lock);
  }
  const lockedKeys = new Set(lockedEntries.map((entry) => rubricLockKey(entry.rubric)));
  const orphan = Object.keys(lock).find((key) => !lockedKeys.has(key));
  if (orphan !== undefined) {
    const detail = `locked version ${orphan} has no published or retired rubric file`;
    throw new RubricValidationError(lockFile, orphan, 'lock-entry-without-rubric', detail);
  }
}

/** Throws unless the entry's current content hash is the one in the lock. */
export function verifyLockEntry(entry: HashedRubric, lock: RubricLock): void {
  const key = rubricLockKey(entry.rubric);
  const locked: string | undefined = lock[key];
  if (locked === undefined) {
    const detail = `${entry.rubric.status} version ${key} has no entry in ${RUBRIC_LOCK_FILE}; run "npx nx run criteria:lock"`;
    throw new RubricValidationError(entry.file, '', 'lock-entry-missing', detail);
  }
  if (locked !== entry.contentHash) {
    const detail =
      `content hash ${entry.contentHash} differs from the locked hash ${locked} of ${key}; ` +
      'a published version never changes, so publish the change as a new version';
    throw new RubricValidationError(entry.file, '', 'lock-hash-mismatch', detail);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isRubricLock(data: unknown): data is RubricLock {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return false;
  }
  return Object.values(data).every(
    (hash) => typeof hash === 'string' && /^[0-9a-f]{64}$/.test(hash),
  );
}
