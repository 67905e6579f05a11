import { DomainRuleViolation, stateConflict } from '../errors/domain-rule-violation';
import type { RubricVersion } from '../rubric/rubric.types';
import type { PeerJudgement, ReviewAccess, ReviewCompleteness, ReviewStatus } from './review.types';

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

export function assertReviewEditable(status: ReviewStatus): void {
  if (!isReviewEditable(status)) {
    throw stateConflict('review-submitted');
  }
}

/** Whether the reviewer can still reach the review: revoked wins over expiry. */
export function reviewAccessOf(
  invitation: { revokedAt: Date | null; expiresAt: Date },
  now: Date,
): ReviewAccess {
  if (invitation.revokedAt) {
    return 'revoked';
  }
  return invitation.expiresAt.getTime() <= now.getTime() ? 'expired' : 'active';
}

/**
 * Submitting needs every criterion and the overall judgement judged; once the leerrapport is
 * issued, a late review can no longer join it.
 */
export function assertReviewSubmittable(
  leerrapportIssued: boolean,
  check: ReviewCompleteness,
): void {
  if (leerrapportIssued) {
    throw stateConflict('leerrapport-issued');
  }
  if (!check.complete) {
    const { missingCriteria, missingOverall } = check;
    const code = missingCriteria.length > 0 ? 'review-incomplete' : 'review-overall-missing';
    throw new DomainRuleViolation(
      code,
      { missing: missingCriteria },
      { extensions: { missingCriteria, missingOverall } },
    );
  }
}
