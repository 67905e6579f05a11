import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { rubricValidatorSource } from './rubric-schema-validator.source';

describe('the precompiled rubric schema validator', () => {
  it('matches rubric.schema.json (else run `npx nx run criteria:generate-validator`)', () => {
    const file = readFileSync(join(__dirname, 'rubric-schema.validator.ts'), 'utf8');
    expect(file).toBe(rubricValidatorSource());
  });

  it('evaluates no code at run time', () => {
    const file = readFileSync(join(__dirname, 'rubric-schema.validator.ts'), 'utf8');
    expect(file).not.toMatch(/new Function|\beval\(|require\(/);
  });
});
