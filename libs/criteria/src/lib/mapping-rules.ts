import { findMappingProblems, type RubricVersion } from '@labelklaar/domain';

import type { RuleViolation } from './rubric-validation.error';

/** The first of findMappingViolations, for the loader (which stops at the first broken rule). */
export function findMappingViolation(
  rubric: RubricVersion,
  previous: RubricVersion | undefined,
): RuleViolation | undefined {
  return findMappingViolations(rubric, previous)[0];
}

/**
 * Checks `mapping` against this version and `previous` (the version named by previousVersion, or
 * undefined when it is not known). Every criterion must be listed, a new one with previousCodes: [],
 * so answers carry over only where an author said they may. The entry rules live in the domain
 * library (findMappingProblems), so the API and the web app check the same.
 */
export function findMappingViolations(
  rubric: RubricVersion,
  previous: RubricVersion | undefined,
): RuleViolation[] {
  if (rubric.previousVersion === undefined) {
    return [];
  }
  if (
    previous === undefined ||
    previous.version !== rubric.previousVersion ||
    previous.id !== rubric.id
  ) {
    const detail = `previousVersion ${rubric.previousVersion} is not an earlier version of ${rubric.id}`;
    return [{ location: 'previousVersion', rule: 'unknown-previous-version', detail }];
  }
  return findMappingProblems(previous, rubric, rubric.mapping ?? []);
}
