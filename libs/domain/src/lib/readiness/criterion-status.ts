import type { Criterion } from '../rubric/rubric.types';
import { isEvidenceValidOn } from './evidence-validity';
import type {
  CriterionAssessment,
  CriterionStatus,
  CriterionStatusDetail,
} from './readiness.types';

/**
 * Status of one criterion on a reference date. Met needs the met level AND at least one
 * evidence item valid on that date; a missing assessment counts as not scored.
 */
export function computeCriterionStatus(
  criterion: Criterion,
  assessment: CriterionAssessment | undefined,
  referenceDate: string,
): CriterionStatusDetail {
  const evidence = assessment?.evidence ?? [];
  const expiredEvidenceIds = evidence
    .filter((item) => !isEvidenceValidOn(item, referenceDate))
    .map((item) => item.id);
  const hasValidEvidence = expiredEvidenceIds.length < evidence.length;
  return {
    status: deriveStatus(criterion, assessment, hasValidEvidence),
    level: assessment?.level ?? null,
    metLevel: criterion.metLevel,
    hasValidEvidence,
    expiredEvidenceIds,
  };
}

function deriveStatus(
  criterion: Criterion,
  assessment: CriterionAssessment | undefined,
  hasValidEvidence: boolean,
): CriterionStatus {
  if (assessment === undefined) {
    return 'not-scored';
  }
  if (assessment.notApplicable) {
    // A criterion the label requires everywhere cannot be waived: the claim is not an answer.
    return criterion.allowNotApplicable ? 'not-applicable' : 'not-scored';
  }
  if (assessment.level === null || Number.isNaN(assessment.level)) {
    return 'not-scored';
  }
  if (assessment.level < criterion.metLevel) {
    return 'gap';
  }
  if (assessment.evidence.length === 0) {
    return 'evidence-missing';
  }
  return hasValidEvidence ? 'met' : 'evidence-expired';
}
