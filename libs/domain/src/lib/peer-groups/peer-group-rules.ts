import { DomainRuleViolation, stateConflict } from '../errors/domain-rule-violation';
import { reviewersOf, type PeerReviewPair } from './peer-review-schedule';

/** Only the organisation that created a toetsingsgroep invites others or removes them. */
export function isPeerGroupCreator(
  group: { creatorOrganisationId: string | null },
  organisationId: string,
): boolean {
  return group.creatorOrganisationId === organisationId;
}

export function assertPeerGroupCreator(
  group: { creatorOrganisationId: string | null },
  organisationId: string,
): void {
  if (!isPeerGroupCreator(group, organisationId)) {
    throw new DomainRuleViolation('not-peer-group-creator', undefined, { kind: 'not-permitted' });
  }
}

/** A member leaves on its own; removing another member is the creator's. */
export function assertMayRemovePeerGroupMember(
  group: { creatorOrganisationId: string | null },
  member: { organisationId: string },
  organisationId: string,
): void {
  if (member.organisationId !== organisationId) {
    assertPeerGroupCreator(group, organisationId);
  }
}

/** An organisation is in a toetsingsgroep once. */
export function assertNotPeerGroupMember(
  members: readonly { organisationId: string }[],
  organisationId: string,
): void {
  if (members.some((member) => member.organisationId === organisationId)) {
    throw stateConflict('already-peer-group-member');
  }
}

/** Who reviews this member in the schedule; a group too small for a schedule has nobody. */
export function scheduledReviewersOf(
  schedule: readonly PeerReviewPair[],
  memberId: string,
): PeerReviewPair[] {
  const pairs = reviewersOf(schedule, memberId);
  if (pairs.length === 0) {
    throw stateConflict('peer-group-has-no-schedule');
  }
  return pairs;
}

/** Scheduled reviewers are invited for a submitted round that still awaits its review. */
export function assertRoundAwaitingReview<T>(round: T | undefined): T {
  if (round === undefined) {
    throw stateConflict('no-round-awaiting-review');
  }
  return round;
}
