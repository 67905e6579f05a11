/** The one file `cli.js backup` writes: a ZIP with `manifest.json` and the members it lists. */
export const BACKUP_FORMAT = 'labelklaar-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_NAME = 'manifest.json';
/** PGlite's own tarball of its data folder (`dumpDataDir`), loaded back with `loadDataDir`. */
export const DATABASE_MEMBER = 'database/pgdata.tar';
/** Folders of the data folder that go into the backup as they are (evidence files, mail). */
export const COPIED_FOLDERS = ['files', 'mail'] as const;

export interface BackupMember {
  path: string;
  size: number;
  sha256: string;
}

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  appVersion: string;
  createdAt: string;
  database: {
    kind: 'embedded';
    /** The last migration applied (TypeORM's name for it), or null for an empty database. */
    migration: string | null;
  };
  members: BackupMember[];
}

/** Thrown for a file that is not a Labelklaar backup, or a damaged one. */
export class BackupRefusedError extends Error {
  override name = 'BackupRefusedError';
}

const SHA256 = /^[0-9a-f]{64}$/;
/** Relative, forward slashes, no `.`/`..` segments, under a known folder: safe to join. */
const SAFE_PATH = /^(files|mail)(\/(?!\.\.?(\/|$))[^/\\\0]+)+$/;

export function isMemberPath(path: string): boolean {
  return path === DATABASE_MEMBER || SAFE_PATH.test(path);
}

function isMember(value: unknown): value is BackupMember {
  const member = value as BackupMember;
  return (
    typeof member?.path === 'string' &&
    isMemberPath(member.path) &&
    Number.isSafeInteger(member.size) &&
    member.size >= 0 &&
    typeof member.sha256 === 'string' &&
    SHA256.test(member.sha256)
  );
}

/** The manifest, checked for shape; anything else is refused with the reason. */
export function parseManifest(text: string): BackupManifest {
  let value: BackupManifest;
  try {
    value = JSON.parse(text) as BackupManifest;
  } catch {
    throw new BackupRefusedError('its manifest.json is not valid JSON');
  }
  if (value?.format !== BACKUP_FORMAT) {
    throw new BackupRefusedError('its manifest.json does not describe a Labelklaar backup');
  }
  if (value.formatVersion !== BACKUP_FORMAT_VERSION) {
    throw new BackupRefusedError(
      `it has format version ${String(value.formatVersion)}; this Labelklaar reads version ${BACKUP_FORMAT_VERSION}`,
    );
  }
  const members: unknown[] = Array.isArray(value.members) ? value.members : [];
  if (!members.every(isMember) || !members.some((m) => m.path === DATABASE_MEMBER)) {
    throw new BackupRefusedError('its manifest.json lists members that are missing or invalid');
  }
  if (new Set(members.map((m) => m.path)).size !== members.length) {
    throw new BackupRefusedError('its manifest.json lists a member twice');
  }
  return value;
}
