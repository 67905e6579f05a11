import type { EvidenceKind, RubricVersion } from '@labelklaar/domain';

import { basename, dirname, extname } from 'node:path';

import { findMappingViolation } from './mapping-rules';
import { findRubricViolation } from './rubric-rules';
import { RubricValidationError, type RuleViolation } from './rubric-validation.error';
import { isRubricShape, schemaViolation } from './schema-validation';
import { readYamlFile } from './yaml-file';

export interface LoadRubricOptions {
  /** The vocabulary criteria may list, usually `loadEvidenceKinds(dataDir)`. */
  evidenceKinds: readonly EvidenceKind[];
  /** Versions loaded before this one; the one named by `previousVersion` checks the mapping. */
  knownVersions?: readonly RubricVersion[];
}

/**
 * Loads `<dataDir>/<rubric-id>/<semver>.yaml` and validates it: schema, file name, cross-field
 * rules, then the mapping to its previous version. Throws RubricValidationError on the first
 * broken rule. The lock file is not checked here: see loadRubricCatalog.
 */
export function loadRubricFile(file: string, options: LoadRubricOptions): RubricVersion {
  const data = readYamlFile(file);
  if (!isRubricShape(data)) {
    throw RubricValidationError.from(file, schemaViolation(isRubricShape.errors));
  }
  const evidenceKeys = new Set(options.evidenceKinds.map((kind) => kind.key));
  const previous = options.knownVersions?.find(
    (known) => known.id === data.id && known.version === data.previousVersion,
  );
  const violation =
    findFileNameViolation(file, data) ??
    findRubricViolation(data, evidenceKeys) ??
    findMappingViolation(data, previous);
  if (violation !== undefined) {
    throw RubricValidationError.from(file, violation);
  }
  return data;
}

function findFileNameViolation(file: string, rubric: RubricVersion): RuleViolation | undefined {
  const fileVersion = basename(file, extname(file));
  if (fileVersion !== rubric.version) {
    const detail = `version ${rubric.version} does not match the file name ${basename(file)}`;
    return { location: 'version', rule: 'version-file-name-mismatch', detail };
  }
  const directory = basename(dirname(file));
  if (directory !== rubric.id) {
    const detail = `id ${rubric.id} does not match the directory name ${directory}`;
    return { location: 'id', rule: 'id-directory-mismatch', detail };
  }
  return undefined;
}
