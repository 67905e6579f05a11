import type { RubricVersion } from '@labelklaar/domain';

import { readdirSync } from 'node:fs';
import { extname, join } from 'node:path';

import { rubricContentHash } from './canonical-json';
import { defaultRubricDataDir } from './data-dir';
import { loadEvidenceKinds } from './evidence-kinds';
import { loadRubricFile } from './load-rubric';
import { readRubricLock, rubricLockFile, verifyRubricLock } from './rubric-lock';
import { compareSemver, compareStrings } from './semver';

export interface RubricCatalogEntry {
  rubric: RubricVersion;
  /** sha256 hex of the canonical content, see rubricContentHash. */
  contentHash: string;
  /** Absolute path of the YAML file the version was loaded from. */
  file: string;
}

/**
 * Every rubric version in the data directory, validated, with published and retired versions
 * checked against rubrics.lock.json. Sorted by id, then semantic version.
 */
export function loadRubricCatalog(dataDir: string = defaultRubricDataDir()): RubricCatalogEntry[] {
  const entries = loadRubricEntries(dataDir);
  verifyRubricLock(entries, readRubricLock(dataDir), rubricLockFile(dataDir));
  return entries;
}

/** As loadRubricCatalog, without the lock check (the lock writer needs this). */
export function loadRubricEntries(dataDir: string): RubricCatalogEntry[] {
  const evidenceKinds = loadEvidenceKinds(dataDir);
  const loaded: RubricVersion[] = [];
  // Ascending order loads a previous version before the versions that map to it.
  return listRubricFiles(dataDir).map((file) => {
    const rubric = loadRubricFile(file, { evidenceKinds, knownVersions: loaded });
    loaded.push(rubric);
    return { rubric, contentHash: rubricContentHash(rubric), file };
  });
}

/** `<dataDir>/<rubric-id>/<semver>.yaml`, sorted by id, then version. */
function listRubricFiles(dataDir: string): string[] {
  const rubricDirs = readdirSync(dataDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort(compareStrings);
  return rubricDirs.flatMap((id) =>
    readdirSync(join(dataDir, id))
      .filter((name) => extname(name) === '.yaml')
      .map((name) => name.slice(0, -'.yaml'.length))
      .sort(compareSemver)
      .map((version) => join(dataDir, id, `${version}.yaml`)),
  );
}
