import { EventSnapshot, ReviewInvitation, reviewInvitationStatus } from '@labelklaar/domain';

import { ReviewInvitationRow } from './review-invitations.read-model';

const iso = (value: Date | string) => new Date(value).toISOString();
const isoOrNull = (value: Date | string | null) => (value === null ? null : iso(value));

export function mapReviewInvitation(row: ReviewInvitationRow, now: Date): ReviewInvitation {
  const dates = {
    expiresAt: new Date(row.expiresAt),
    acceptedAt: row.acceptedAt === null ? null : new Date(row.acceptedAt),
    revokedAt: row.revokedAt === null ? null : new Date(row.revokedAt),
  };
  return {
    id: row.id,
    roundId: row.roundId,
    email: row.email,
    reviewerOrganisationName: row.reviewerOrganisationName,
    message: row.message,
    lead: row.lead,
    status: reviewInvitationStatus(dates, now),
    expiresAt: iso(row.expiresAt),
    createdAt: iso(row.createdAt),
    invitedBy: { userId: row.invitedByUserId, displayName: row.invitedByName ?? '' },
    acceptedBy: row.acceptedByUserId
      ? { userId: row.acceptedByUserId, displayName: row.acceptedByName ?? '' }
      : null,
    acceptedAt: isoOrNull(row.acceptedAt),
    reviewId: row.reviewId,
  };
}

/** What the round's history keeps of an invitation: never the token or its hash. */
export function invitationSnapshot(
  invitation: Pick<
    ReviewInvitationRow,
    'email' | 'reviewerOrganisationName' | 'lead' | 'expiresAt'
  >,
  status: ReviewInvitation['status'],
): EventSnapshot {
  return {
    email: invitation.email,
    reviewerOrganisationName: invitation.reviewerOrganisationName,
    lead: invitation.lead,
    expiresAt: iso(invitation.expiresAt),
    status,
  };
}
