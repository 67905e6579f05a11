import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const EVIDENCE_KINDS_FILE = 'evidence-kinds.yaml';

/**
 * Where the rubric data lives when the caller configures no directory: see findRubricDataDir.
 * The API passes its configured directory instead when it has one.
 */
export function defaultRubricDataDir(): string {
  return findRubricDataDir(__dirname, process.cwd());
}

/**
 * The first directory holding evidence-kinds.yaml of: `rubrics` next to a webpack bundle (the API
 * copies libs/criteria/data to dist/apps/api/rubrics), `data` two levels above this source file
 * (jest, ts-node), and libs/criteria/data under the working directory (the workspace root).
 */
export function findRubricDataDir(moduleDir: string, cwd: string): string {
  const candidates = [
    join(moduleDir, 'rubrics'),
    resolve(moduleDir, '..', '..', 'data'),
    join(cwd, 'libs', 'criteria', 'data'),
  ];
  const found = candidates.find((dir) => existsSync(join(dir, EVIDENCE_KINDS_FILE)));
  if (found === undefined) {
    throw new Error(`No rubric data directory found; looked in ${candidates.join(', ')}`);
  }
  return found;
}
