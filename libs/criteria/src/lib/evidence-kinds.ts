import type { EvidenceKind } from '@labelklaar/domain';

import { join } from 'node:path';

import { defaultRubricDataDir, EVIDENCE_KINDS_FILE } from './data-dir';
import { RubricValidationError } from './rubric-validation.error';
import { isEvidenceKindsShape, schemaViolation } from './schema-validation';
import { readYamlFile } from './yaml-file';

/** The evidence-kind vocabulary (`evidence-kinds.yaml` in the data directory), in file order. */
export function loadEvidenceKinds(dataDir: string = defaultRubricDataDir()): EvidenceKind[] {
  const file = join(dataDir, EVIDENCE_KINDS_FILE);
  const data = readYamlFile(file);
  if (!isEvidenceKindsShape(data)) {
    throw RubricValidationError.from(file, schemaViolation(isEvidenceKindsShape.errors));
  }
  const keys = data.evidenceKinds.map((kind) => kind.key);
  const duplicate = keys.findIndex((key, i) => keys.indexOf(key) !== i);
  if (duplicate >= 0) {
    const detail = `evidence kind "${keys[duplicate]}" appears more than once`;
    throw new RubricValidationError(
      file,
      `evidenceKinds[${duplicate}].key`,
      'duplicate-evidence-kind',
      detail,
    );
  }
  return data.evidenceKinds;
}
