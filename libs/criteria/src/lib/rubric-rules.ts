import type { Criterion, RubricDomain, RubricVersion } from '@labelklaar/domain';

import type { RuleViolation } from './rubric-validation.error';

interface LocatedCriterion {
  domain: RubricDomain;
  criterion: Criterion;
  path: string;
}

/** Rules across fields of one rubric version that a JSON Schema cannot express well. */
export function findRubricViolation(
  rubric: RubricVersion,
  evidenceKeys: ReadonlySet<string>,
): RuleViolation | undefined {
  return findDuplicateDomain(rubric) ?? findCriterionViolation(rubric, evidenceKeys);
}

export function locateCriteria(rubric: RubricVersion): LocatedCriterion[] {
  return rubric.domains.flatMap((domain, d) =>
    domain.criteria.map((criterion, c) => ({
      domain,
      criterion,
      path: `domains[${d}].criteria[${c}]`,
    })),
  );
}

function findDuplicateDomain(rubric: RubricVersion): RuleViolation | undefined {
  const codes = rubric.domains.map((domain) => domain.code);
  const index = codes.findIndex((code, i) => codes.indexOf(code) !== i);
  if (index < 0) {
    return undefined;
  }
  const detail = `domain code ${codes[index]} appears more than once`;
  return { location: `domains[${index}].code`, rule: 'duplicate-domain-code', detail };
}

function findCriterionViolation(
  rubric: RubricVersion,
  evidenceKeys: ReadonlySet<string>,
): RuleViolation | undefined {
  const seenCodes = new Set<string>();
  for (const located of locateCriteria(rubric)) {
    const violation =
      findCodeViolation(located, seenCodes) ??
      findWeightViolation(located) ??
      findScaleViolation(located) ??
      findMetLevelViolation(located) ??
      findEvidenceViolation(located, evidenceKeys);
    if (violation !== undefined) {
      return violation;
    }
    seenCodes.add(located.criterion.code);
  }
  return undefined;
}

function findCodeViolation(
  { domain, criterion, path }: LocatedCriterion,
  seenCodes: ReadonlySet<string>,
): RuleViolation | undefined {
  const location = `${path}.code`;
  if (seenCodes.has(criterion.code)) {
    const detail = `criterion code ${criterion.code} appears more than once`;
    return { location, rule: 'duplicate-criterion-code', detail };
  }
  if (!criterion.code.startsWith(`${domain.code}-`)) {
    const detail = `criterion code ${criterion.code} does not start with its domain code ${domain.code}`;
    return { location, rule: 'criterion-code-domain-mismatch', detail };
  }
  return undefined;
}

function findWeightViolation({ criterion, path }: LocatedCriterion): RuleViolation | undefined {
  if (criterion.weight > 0) {
    return undefined;
  }
  const detail = `weight must be a positive integer, got ${criterion.weight}`;
  return { location: `${path}.weight`, rule: 'non-positive-weight', detail };
}

function findScaleViolation({ criterion, path }: LocatedCriterion): RuleViolation | undefined {
  const levels = criterion.maturityScale.map((step) => step.level);
  const duplicate = levels.findIndex((level, i) => levels.indexOf(level) !== i);
  if (duplicate >= 0) {
    const detail = `level ${levels[duplicate]} appears more than once in the maturity scale`;
    return {
      location: `${path}.maturityScale[${duplicate}].level`,
      rule: 'duplicate-scale-level',
      detail,
    };
  }
  // Levels are compared as numbers everywhere (level >= metLevel), so they must run 1, 2, 3, …
  const misplaced = levels.findIndex((level, i) => level !== i + 1);
  if (misplaced >= 0) {
    const detail = `maturity scale levels must ascend 1, 2, 3, … without gaps; found ${levels.join(', ')}`;
    return {
      location: `${path}.maturityScale[${misplaced}].level`,
      rule: 'scale-not-ascending',
      detail,
    };
  }
  return undefined;
}

function findMetLevelViolation({ criterion, path }: LocatedCriterion): RuleViolation | undefined {
  const levels = criterion.maturityScale.map((step) => step.level);
  if (levels.includes(criterion.metLevel)) {
    return undefined;
  }
  const detail = `metLevel ${criterion.metLevel} is not a level of the maturity scale (${levels.join(', ')})`;
  return { location: `${path}.metLevel`, rule: 'met-level-outside-scale', detail };
}

function findEvidenceViolation(
  { criterion, path }: LocatedCriterion,
  evidenceKeys: ReadonlySet<string>,
): RuleViolation | undefined {
  const index = criterion.evidenceKinds.findIndex((key) => !evidenceKeys.has(key));
  if (index < 0) {
    return undefined;
  }
  const detail = `evidence kind "${criterion.evidenceKinds[index]}" is not in the evidence-kind vocabulary`;
  return { location: `${path}.evidenceKinds[${index}]`, rule: 'unknown-evidence-kind', detail };
}
