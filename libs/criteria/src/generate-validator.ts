import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { rubricValidatorSource } from './lib/rubric-schema-validator.source';

// Run after changing rubric.schema.json: `npx nx run criteria:generate-validator`.
writeFileSync(join(__dirname, 'lib', 'rubric-schema.validator.ts'), rubricValidatorSource());
