import { DomainRuleViolation } from '../errors/domain-rule-violation';
import type { DomainCode } from '../rubric/rubric.types';
import type { MemberRef, ResponseState, UserRef } from './round.types';

/**
 * "Klaar voor controle": a contributor marks an answer ready; the quality officer accepts it or
 * sends it back with a comment. The outcome stays on the answer until the answer moves on.
 */
export const RESPONSE_CHECK_STATUSES = ['accepted', 'sent-back'] as const;
export type ResponseCheckStatus = (typeof RESPONSE_CHECK_STATUSES)[number];

export const SEND_BACK_COMMENT_MAX_LENGTH = 2_000;

/** How many criteria one bulk assignment may name (a whole rubric fits). */
export const MAX_BULK_ASSIGN = 200;

/** Every code of a bulk assignment must be a criterion of the round (422 unknown-criteria). */
export function assertKnownCriteria(codes: readonly string[], known: ReadonlySet<string>): void {
  const unknown = codes.filter((code) => !known.has(code));
  if (unknown.length > 0) {
    throw new DomainRuleViolation(
      'unknown-criteria',
      { codes: unknown.join(', ') },
      { extensions: { unknown } },
    );
  }
}

/** The outcome of the quality officer's check of an answer, with who and when. */
export interface ResponseReviewFields {
  state: ResponseState;
  reviewStatus: ResponseCheckStatus | null;
  reviewComment: string | null;
}

/** The part of an answer whose change undoes an acceptance. */
export interface ReviewedAnswer {
  level: number | null;
  targetLevel: number | null;
  rationale: string;
  notApplicable: boolean;
  notApplicableReason: string | null;
  state: ResponseState;
}

/** In the quality officer's queue: marked ready, and not yet accepted. */
export function isAwaitingReview(response: Pick<ResponseReviewFields, 'state' | 'reviewStatus'>) {
  return response.state === 'ready-for-review' && response.reviewStatus !== 'accepted';
}

/**
 * What a save does to the outcome of the check. A sent-back answer stays sent back (with its
 * comment, for the contributor) until it is marked ready again; an accepted answer stays accepted
 * only while nothing in it changes.
 */
export function reviewAfterSave(
  before: ReviewedAnswer & Pick<ResponseReviewFields, 'reviewStatus' | 'reviewComment'>,
  after: ReviewedAnswer,
): Pick<ResponseReviewFields, 'reviewStatus' | 'reviewComment'> {
  const kept = { reviewStatus: before.reviewStatus, reviewComment: before.reviewComment };
  const cleared = { reviewStatus: null, reviewComment: null };
  if (before.reviewStatus === 'sent-back') {
    return after.state === 'ready-for-review' ? cleared : kept;
  }
  if (before.reviewStatus === 'accepted') {
    return sameAnswer(before, after) ? kept : cleared;
  }
  return cleared;
}

function sameAnswer(a: ReviewedAnswer, b: ReviewedAnswer): boolean {
  return (
    a.level === b.level &&
    a.targetLevel === b.targetLevel &&
    a.rationale === b.rationale &&
    a.notApplicable === b.notApplicable &&
    (a.notApplicableReason ?? null) === (b.notApplicableReason ?? null) &&
    a.state === b.state
  );
}

/**
 * Only an answer marked ready can be checked (409 response-not-ready): accepting it twice, or
 * judging an answer still in draft, would say something nobody asked for.
 */
export function assertReviewable(
  response: Pick<ResponseReviewFields, 'state' | 'reviewStatus'> & { criterionCode: string },
  outcome: ResponseCheckStatus,
): void {
  const ready = response.state === 'ready-for-review';
  if (!ready || (outcome === 'accepted' && response.reviewStatus === 'accepted')) {
    throw new DomainRuleViolation(
      'response-not-ready',
      { criterionCode: response.criterionCode },
      {
        kind: 'conflict',
        extensions: { state: response.state, reviewStatus: response.reviewStatus },
      },
    );
  }
}

/** A send-back says why: without a comment the contributor would not know what to change. */
export function assertSendBackComment(comment: string | null | undefined): string {
  const text = comment?.trim() ?? '';
  if (text.length === 0) {
    throw new DomainRuleViolation('send-back-comment-required');
  }
  if (text.length > SEND_BACK_COMMENT_MAX_LENGTH) {
    throw new DomainRuleViolation('send-back-comment-too-long', {
      max: SEND_BACK_COMMENT_MAX_LENGTH,
    });
  }
  return text;
}

/** The answer after the quality officer's check: sent back, it is a draft again. */
export function reviewOutcome(
  outcome: ResponseCheckStatus,
  comment: string | null = null,
): Pick<ResponseReviewFields, 'state' | 'reviewStatus' | 'reviewComment'> {
  return outcome === 'accepted'
    ? { state: 'ready-for-review', reviewStatus: 'accepted', reviewComment: null }
    : { state: 'draft', reviewStatus: 'sent-back', reviewComment: comment?.trim() || null };
}

/** One answer in the quality officer's review queue ("klaar voor controle"). */
export interface ReviewQueueItem {
  roundId: string;
  roundTitle: string;
  criterionCode: string;
  criterionTitle: string;
  domainCode: DomainCode;
  level: number | null;
  notApplicable: boolean;
  rationale: string;
  owner: MemberRef | null;
  version: number;
  updatedAt: string;
  updatedBy: UserRef | null;
  evidenceCount: number;
}
