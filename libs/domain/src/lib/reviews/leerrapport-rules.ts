import { DomainRuleViolation, stateConflict } from '../errors/domain-rule-violation';
import { isHearingOpen } from './hearing';
import type { LeerrapportStatus, ReviewAccess, ReviewStatus } from './review.types';

/** A review as far as issuing the leerrapport cares. */
export interface ReviewForIssue {
  lead: boolean;
  status: ReviewStatus;
}

/** Another review of the round: who writes it, and whether they can still reach it. */
export interface ReviewInProgress extends ReviewForIssue {
  access: ReviewAccess;
  reviewerName: string;
  reviewerOrganisationName: string;
}

/** The leerrapport as it stands, once issued. */
export interface IssuedLeerrapport {
  status: LeerrapportStatus;
  hearingEndsOn: string | null;
}

/** The lead reviewer issues the leerrapport, once their own review is submitted. */
export function canIssueLeerrapport(own: ReviewForIssue): boolean {
  return own.lead && own.status === 'submitted';
}

/**
 * Drafts of reviewers who can still reach them: the leerrapport waits for these. An expired or
 * revoked draft will never be submitted, so it is left out.
 */
export function pendingReviews<T extends ReviewInProgress>(reviews: readonly T[]): T[] {
  return reviews.filter((review) => review.status === 'draft' && review.access === 'active');
}

/**
 * Only the lead reviewer issues, with their own review submitted, and not while another
 * reviewer with active access is still writing.
 */
export function assertMayIssueLeerrapport(
  own: ReviewForIssue,
  reviews: readonly ReviewInProgress[],
): void {
  if (!own.lead) {
    throw new DomainRuleViolation('not-lead-reviewer', undefined, { kind: 'not-permitted' });
  }
  if (own.status !== 'submitted') {
    throw stateConflict('review-not-submitted');
  }
  const pending = pendingReviews(reviews);
  if (pending.length > 0) {
    const names = pending.map((r) => `${r.reviewerName} (${r.reviewerOrganisationName})`);
    throw stateConflict('reviews-pending', { reviewers: names.join(', ') });
  }
}

/** A round has one leerrapport: issuing it twice is refused. */
export function leerrapportIssued(): DomainRuleViolation {
  return stateConflict('leerrapport-issued');
}

export function assertLeerrapportNotIssued(issued: IssuedLeerrapport | null): void {
  if (issued !== null) {
    throw leerrapportIssued();
  }
}

/** The quality officer closes a hearing that is running; a final leerrapport stays final. */
export function assertLeerrapportFinalisable<T extends IssuedLeerrapport>(issued: T | null): T {
  if (issued === null) {
    throw stateConflict('leerrapport-not-issued');
  }
  if (issued.status === 'final') {
    throw stateConflict('leerrapport-final');
  }
  return issued;
}

/** Hoor en wederhoor starts when the leerrapport is issued. */
export function assertHearingStarted<T extends IssuedLeerrapport>(issued: T | null): T {
  if (issued === null) {
    throw stateConflict('hearing-not-started');
  }
  return issued;
}

/** Responses to findings are taken while the hearing is open, up to its last day. */
export function assertHearingOpen(issued: IssuedLeerrapport | null, today: string): void {
  if (!issued || !isHearingOpen(issued.status, issued.hearingEndsOn, today)) {
    throw stateConflict('hearing-closed', { hearingEndsOn: issued?.hearingEndsOn ?? '—' });
  }
}

/** A finding becomes one verbeteractie; a second would plan the same improvement twice. */
export function assertFindingWithoutAction(finding: { actionId: string | null }): void {
  if (finding.actionId !== null) {
    throw stateConflict('finding-has-action', {}, { actionId: finding.actionId });
  }
}

/** An action from a finding goes into an open round: a submitted round never changes. */
export function assertActionRound<T>(round: T | null): T {
  if (round === null) {
    throw stateConflict('no-open-round');
  }
  return round;
}
