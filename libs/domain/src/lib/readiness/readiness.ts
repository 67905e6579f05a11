import { DomainRuleViolation } from '../errors/domain-rule-violation';
import type { Criterion, DomainCode, RubricVersion } from '../rubric/rubric.types';
import { computeCriterionStatus } from './criterion-status';
import { assertIsoDay } from './evidence-validity';
import type {
  CriterionAssessment,
  CriterionReadiness,
  Readiness,
  ReadinessSummary,
  StatusCounts,
} from './readiness.types';

/**
 * Readiness per criterion, per domain and overall, following the label's suggested measure:
 * Σ weight of met criteria / Σ weight of applicable criteria. Assessments for codes that are
 * not in this rubric version are ignored (they belong to another version).
 */
export function computeReadiness(
  rubric: RubricVersion,
  assessments: readonly CriterionAssessment[],
  referenceDate: string,
): Readiness {
  assertIsoDay(referenceDate);
  const byCode = indexByCriterionCode(assessments);
  const criteria = rubric.domains.flatMap((domain) =>
    domain.criteria.map((criterion) =>
      toCriterionReadiness(domain.code, criterion, byCode.get(criterion.code), referenceDate),
    ),
  );
  const domains = rubric.domains.map((domain) => ({
    code: domain.code,
    title: domain.title,
    ...summarise(criteria.filter((criterion) => criterion.domainCode === domain.code)),
  }));
  return { overall: summarise(criteria), domains, criteria };
}

/**
 * One decimal keeps small steps visible on the dashboard without false precision. Scaling the
 * integer weight sum before dividing keeps exact halves exact (1 of 80 = 1.25 % → 1.3).
 */
export function readinessScore(metWeight: number, applicableWeight: number): number | null {
  if (applicableWeight <= 0) {
    // Nothing to be ready for: neither 0 (alarm) nor 100 (praise) would be true.
    return null;
  }
  return Math.round((metWeight * 1000) / applicableWeight) / 10;
}

/** Every status present, so charts and tables never have to guess a missing key. */
export function emptyStatusCounts(): StatusCounts {
  return {
    met: 0,
    gap: 0,
    'not-scored': 0,
    'not-applicable': 0,
    'evidence-missing': 0,
    'evidence-expired': 0,
  };
}

function indexByCriterionCode(
  assessments: readonly CriterionAssessment[],
): Map<string, CriterionAssessment> {
  const byCode = new Map<string, CriterionAssessment>();
  for (const assessment of assessments) {
    if (byCode.has(assessment.criterionCode)) {
      // A round holds one response per criterion; two would make the outcome order-dependent.
      throw new DomainRuleViolation('duplicate-criterion-assessment', {
        criterionCode: assessment.criterionCode,
      });
    }
    byCode.set(assessment.criterionCode, assessment);
  }
  return byCode;
}

function toCriterionReadiness(
  domainCode: DomainCode,
  criterion: Criterion,
  assessment: CriterionAssessment | undefined,
  referenceDate: string,
): CriterionReadiness {
  return {
    code: criterion.code,
    title: criterion.title,
    domainCode,
    weight: criterion.weight,
    required: criterion.required,
    ...computeCriterionStatus(criterion, assessment, referenceDate),
  };
}

function summarise(criteria: readonly CriterionReadiness[]): ReadinessSummary {
  const counts = emptyStatusCounts();
  let metWeight = 0;
  let applicableWeight = 0;
  for (const criterion of criteria) {
    counts[criterion.status] += 1;
    if (criterion.status !== 'not-applicable') {
      applicableWeight += criterion.weight;
    }
    if (criterion.status === 'met') {
      metWeight += criterion.weight;
    }
  }
  return {
    score: readinessScore(metWeight, applicableWeight),
    counts,
    metWeight,
    applicableWeight,
  };
}
