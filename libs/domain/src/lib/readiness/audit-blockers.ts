import type { RubricVersion } from '../rubric/rubric.types';
import { computeReadiness } from './readiness';
import type {
  AuditBlocker,
  BlockingStatus,
  CriterionAssessment,
  CriterionReadiness,
} from './readiness.types';

/**
 * Required criteria that keep the organisation from the label: not met, or met in level but
 * without valid evidence. A not-applicable criterion is out of scope, so never a blocker.
 * Heaviest first, so the list reads as a work order; ties by code for a stable order.
 */
export function computeAuditBlockers(
  rubric: RubricVersion,
  assessments: readonly CriterionAssessment[],
  referenceDate: string,
): AuditBlocker[] {
  return selectAuditBlockers(computeReadiness(rubric, assessments, referenceDate).criteria);
}

/** The same list from readiness already computed (the web app has it at hand). */
export function selectAuditBlockers(criteria: readonly CriterionReadiness[]): AuditBlocker[] {
  return criteria
    .flatMap((criterion): AuditBlocker[] => {
      const status = blockingStatus(criterion);
      if (status === null) {
        return [];
      }
      const { code, title, domainCode, weight } = criterion;
      return [{ code, title, domainCode, weight, status }];
    })
    .sort(byWeightThenCode);
}

function blockingStatus(criterion: CriterionReadiness): BlockingStatus | null {
  const { status } = criterion;
  if (!criterion.required || status === 'met' || status === 'not-applicable') {
    return null;
  }
  return status;
}

function byWeightThenCode(a: AuditBlocker, b: AuditBlocker): number {
  if (a.weight !== b.weight) {
    return b.weight - a.weight;
  }
  // Plain code-unit order, not localeCompare: the same order on server and in every browser.
  if (a.code === b.code) {
    return 0;
  }
  return a.code < b.code ? -1 : 1;
}
