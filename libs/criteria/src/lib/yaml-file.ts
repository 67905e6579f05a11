import { readFileSync } from 'node:fs';
import { parse, YAMLError } from 'yaml';

import { RubricValidationError } from './rubric-validation.error';

/** Parses a YAML data file; syntax errors (including duplicate keys) become a validation error. */
export function readYamlFile(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  try {
    return parse(text) as unknown;
  } catch (error: unknown) {
    if (error instanceof YAMLError) {
      throw new RubricValidationError(file, '', 'yaml-syntax', error.message);
    }
    throw error;
  }
}
