import type { CriterionMapping, RubricVersion } from '@labelklaar/domain';

import { locateCriteria } from './rubric-rules';
import type { RuleViolation } from './rubric-validation.error';

/**
 * Checks `mapping` against this version and `previous` (the version named by previousVersion, or
 * undefined when it is not loaded). Every criterion must be listed, a new one with previousCodes: [],
 * so answers carry over only where an author said they may.
 */
export function findMappingViolation(
  rubric: RubricVersion,
  previous: RubricVersion | undefined,
): RuleViolation | undefined {
  if (rubric.previousVersion === undefined) {
    return undefined;
  }
  if (previous === undefined) {
    const detail = `previousVersion ${rubric.previousVersion} is not an earlier version of ${rubric.id}`;
    return { location: 'previousVersion', rule: 'unknown-previous-version', detail };
  }
  const mapping = rubric.mapping ?? [];
  return (
    findEntryViolation(mapping, criterionCodes(rubric), criterionCodes(previous)) ??
    findUnmapped(rubric, mapping)
  );
}

function criterionCodes(rubric: RubricVersion): Set<string> {
  return new Set(locateCriteria(rubric).map(({ criterion }) => criterion.code));
}

function findEntryViolation(
  mapping: CriterionMapping[],
  codes: ReadonlySet<string>,
  previousCodes: ReadonlySet<string>,
): RuleViolation | undefined {
  const seen = new Set<string>();
  for (const [i, entry] of mapping.entries()) {
    if (!codes.has(entry.code)) {
      const detail = `criterion ${entry.code} does not exist in this version`;
      return { location: `mapping[${i}].code`, rule: 'mapping-unknown-code', detail };
    }
    if (seen.has(entry.code)) {
      const detail = `criterion ${entry.code} is mapped more than once`;
      return { location: `mapping[${i}].code`, rule: 'duplicate-mapping-code', detail };
    }
    seen.add(entry.code);
    const unknown = entry.previousCodes.findIndex((code) => !previousCodes.has(code));
    if (unknown >= 0) {
      const detail = `criterion ${entry.previousCodes[unknown]} does not exist in the previous version`;
      return {
        location: `mapping[${i}].previousCodes[${unknown}]`,
        rule: 'mapping-unknown-previous-code',
        detail,
      };
    }
  }
  return undefined;
}

function findUnmapped(
  rubric: RubricVersion,
  mapping: CriterionMapping[],
): RuleViolation | undefined {
  const mapped = new Set(mapping.map((entry) => entry.code));
  const missing = [...criterionCodes(rubric)].filter((code) => !mapped.has(code));
  if (missing.length === 0) {
    return undefined;
  }
  const detail = `criteria ${missing.join(', ')} are not in the mapping (list a new criterion with previousCodes: [])`;
  return { location: 'mapping', rule: 'mapping-incomplete', detail };
}
