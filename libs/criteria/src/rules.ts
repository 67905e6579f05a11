/**
 * The fs-free entry of the criteria library (`@labelklaar/criteria/rules`): rubric validation and
 * YAML import/export for the web app and the API. The main entry adds loading from disk and the lock.
 */
export {
  parseRubricYaml,
  type ParsedRubricYaml,
  type RubricContentContext,
  rubricToYaml,
  validateRubricContent,
} from './lib/rubric-content';
export { findMappingViolations } from './lib/mapping-rules';
export { findRubricViolations } from './lib/rubric-rules';
export type { RuleViolation } from './lib/rubric-validation.error';
