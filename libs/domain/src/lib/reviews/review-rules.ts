import type { RubricVersion } from '../rubric/rubric.types';
import type { PeerJudgement, ReviewCompleteness, ReviewStatus } from './review.types';

export interface FindingForSubmit {
  criterionCode: string;
  judgement: PeerJudgement | null;
}

/**
 * A review can be submitted when every criterion of the round's rubric has a judgement
 * ('not-assessed' counts: the reviewer says so on purpose) and the overall judgement is given.
 * Findings on codes outside the rubric do not count.
 */
export function checkReviewCompleteness(
  rubric: Pick<RubricVersion, 'domains'>,
  findings: readonly FindingForSubmit[],
  overallJudgement: PeerJudgement | null,
): ReviewCompleteness {
  const judged = new Set(
    findings.filter((finding) => finding.judgement !== null).map((f) => f.criterionCode),
  );
  const missingCriteria = rubric.domains
    .flatMap((domain) => domain.criteria)
    .map((criterion) => criterion.code)
    .filter((code) => !judged.has(code));
  const missingOverall = overallJudgement === null;
  return {
    complete: missingCriteria.length === 0 && !missingOverall,
    missingCriteria,
    missingOverall,
  };
}

/** A submitted review is locked for good: its findings are what the leerrapport merges. */
export function isReviewEditable(status: ReviewStatus): boolean {
  return status === 'draft';
}
