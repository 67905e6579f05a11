import type { DecisionModelContent } from '@labelklaar/domain';

import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';

import { findDecisionModelViolations, isDecisionModelShape } from './decision-model-content';
import { RubricValidationError, type RuleViolation } from './rubric-validation.error';
import { schemaViolation } from './schema-violation';
import { compareSemver, compareStrings } from './semver';
import { readYamlFile } from './yaml-file';

export const DECISION_MODELS_DIR = 'decision-models';

/**
 * Where the bundled decision models live: `decision-models` next to a webpack bundle (the API
 * copies libs/criteria/decision-models there), two levels above this source file (jest, ts-node),
 * or libs/criteria/decision-models under the working directory.
 */
export function defaultDecisionModelsDir(
  moduleDir: string = __dirname,
  cwd: string = process.cwd(),
): string {
  const candidates = [
    join(moduleDir, DECISION_MODELS_DIR),
    resolve(moduleDir, '..', '..', DECISION_MODELS_DIR),
    join(cwd, 'libs', 'criteria', DECISION_MODELS_DIR),
  ];
  const found = candidates.find((dir) => existsSync(dir));
  if (found === undefined) {
    throw new Error(`No decision model directory found; looked in ${candidates.join(', ')}`);
  }
  return found;
}

/**
 * Loads `<dir>/<model-id>/<semver>.yaml` and validates it: schema, the rules across fields, and
 * the file name. Throws RubricValidationError on the first broken rule.
 */
export function loadDecisionModelFile(file: string): DecisionModelContent {
  const data = readYamlFile(file);
  if (!isDecisionModelShape(data)) {
    throw RubricValidationError.from(file, schemaViolation(isDecisionModelShape.errors));
  }
  const violation = findFileNameViolation(file, data) ?? findDecisionModelViolations(data)[0];
  if (violation !== undefined) {
    throw RubricValidationError.from(file, violation);
  }
  return data;
}

/** Every bundled model version, validated; sorted by id, then semantic version. */
export function loadDecisionModelCatalog(
  dir: string = defaultDecisionModelsDir(),
): DecisionModelContent[] {
  const ids = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort(compareStrings);
  return ids.flatMap((id) =>
    readdirSync(join(dir, id))
      .filter((name) => extname(name) === '.yaml')
      .map((name) => name.slice(0, -'.yaml'.length))
      .sort(compareSemver)
      .map((version) => loadDecisionModelFile(join(dir, id, `${version}.yaml`))),
  );
}

function findFileNameViolation(
  file: string,
  model: DecisionModelContent,
): RuleViolation | undefined {
  if (basename(file, extname(file)) !== model.version) {
    return {
      location: 'version',
      rule: 'version-file-name-mismatch',
      detail: `version ${model.version} does not match the file name ${basename(file)}`,
    };
  }
  if (basename(dirname(file)) !== model.id) {
    return {
      location: 'id',
      rule: 'id-directory-mismatch',
      detail: `id ${model.id} does not match the directory name ${basename(dirname(file))}`,
    };
  }
  return undefined;
}
