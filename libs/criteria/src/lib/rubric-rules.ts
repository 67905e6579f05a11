import type { Criterion, RubricDomain, RubricVersion } from '@labelklaar/domain';

import type { RuleViolation } from './rubric-validation.error';

interface LocatedCriterion {
  domain: RubricDomain;
  criterion: Criterion;
  path: string;
}

/** The first broken rule across fields of one rubric version; see findRubricViolations. */
export function findRubricViolation(
  rubric: RubricVersion,
  evidenceKeys: ReadonlySet<string>,
): RuleViolation | undefined {
  return findRubricViolations(rubric, evidenceKeys)[0];
}

/**
 * Every broken rule across fields of one rubric version that a JSON Schema cannot express well,
 * in rubric order; at most one per criterion field.
 */
export function findRubricViolations(
  rubric: RubricVersion,
  evidenceKeys: ReadonlySet<string>,
): RuleViolation[] {
  return [...findDuplicateDomains(rubric), ...findCriterionViolations(rubric, evidenceKeys)];
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

function findDuplicateDomains(rubric: RubricVersion): RuleViolation[] {
  const codes = rubric.domains.map((domain) => domain.code);
  return codes.flatMap((code, index) =>
    codes.indexOf(code) === index
      ? []
      : [
          {
            location: `domains[${index}].code`,
            rule: 'duplicate-domain-code',
            detail: `domain code ${code} appears more than once`,
          },
        ],
  );
}

function findCriterionViolations(
  rubric: RubricVersion,
  evidenceKeys: ReadonlySet<string>,
): RuleViolation[] {
  const seenCodes = new Set<string>();
  const violations: RuleViolation[] = [];
  for (const located of locateCriteria(rubric)) {
    const found = [
      findCodeViolation(located, seenCodes),
      findWeightViolation(located),
      findScaleViolation(located) ?? findMetLevelViolation(located),
      findEnglishScaleViolation(located),
      findEvidenceViolation(located, evidenceKeys),
    ];
    violations.push(...found.filter((item): item is RuleViolation => item !== undefined));
    seenCodes.add(located.criterion.code);
  }
  return violations;
}

function findEnglishScaleViolation({
  criterion,
  path,
}: LocatedCriterion): RuleViolation | undefined {
  const english = criterion.en?.maturityScale;
  if (english === undefined || english.length === criterion.maturityScale.length) {
    return undefined;
  }
  const detail = `the English maturity scale has ${english.length} levels, the scale ${criterion.maturityScale.length}`;
  return { location: `${path}.en.maturityScale`, rule: 'english-scale-mismatch', detail };
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
