import type { EvidenceKind, RubricVersion } from '@labelklaar/domain';

import Ajv from 'ajv';
import addFormats from 'ajv-formats';

import evidenceKindsSchema from './evidence-kinds.schema.json';
import rubricSchema from './rubric.schema.json';

export { pointerToPath, schemaViolation } from './schema-violation';

export interface EvidenceKindsFile {
  evidenceKinds: EvidenceKind[];
}

const ajv = new Ajv({ allErrors: false, strict: true });
addFormats(ajv, ['date']);

export const isRubricShape = ajv.compile<RubricVersion>(rubricSchema);
export const isEvidenceKindsShape = ajv.compile<EvidenceKindsFile>(evidenceKindsSchema);
