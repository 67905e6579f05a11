import { ProblemException } from './problems/problem.exception';

/** What a 409 shows: the thing as it is now, and who changed it last and when. */
export interface CurrentVersion {
  current: unknown;
  updatedBy: string | null | undefined;
  updatedAt: string;
}

export interface VersionedWrite {
  /** The version the change was based on; without one (an optional field), the row's own. */
  expected: number | undefined;
  /** The version of the row as read, inside the transaction, just before writing. */
  actual: number;
  /** Writes on condition that the row is still at `version`; false when it no longer was. */
  write: (version: number) => Promise<boolean>;
  /** Reads the current state inside the same transaction, for the 409. */
  current: () => Promise<CurrentVersion>;
}

/**
 * Optimistic locking for responses, actions, findings and hearing responses: a change that names
 * a version other than the row's, or loses the conditional update to a concurrent one, answers
 * 409 `version-conflict` with the current state, so nobody overwrites another person silently.
 */
export async function writeIfCurrent(change: VersionedWrite): Promise<void> {
  const version = change.expected ?? change.actual;
  if (version !== change.actual || !(await change.write(version))) {
    throw versionConflict(await change.current());
  }
}

export function versionConflict({ current, updatedBy, updatedAt }: CurrentVersion) {
  return new ProblemException(
    409,
    'version-conflict',
    { updatedBy: updatedBy || '—', updatedAt },
    [],
    { current },
  );
}
