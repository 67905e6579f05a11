/**
 * Review invitations: a quality officer invites a reviewer of another organisation to read one
 * submitted round and write a review of it (intercollegiale toetsing). Shared by the API and the web app.
 */
import type { UserRef } from '../assessments/round.types';
import type { Me } from '../organisations/organisation.types';

/** Days an invitation stays valid when the quality officer gives no date, and at most. */
export const REVIEW_INVITATION_DEFAULT_DAYS = 30;
export const REVIEW_INVITATION_MAX_DAYS = 90;
export const REVIEW_INVITATION_MESSAGE_MAX_LENGTH = 2_000;
export const REVIEWER_ORGANISATION_NAME_MAX_LENGTH = 200;

export const REVIEW_INVITATION_STATUSES = ['pending', 'accepted', 'revoked', 'expired'] as const;
export type ReviewInvitationStatus = (typeof REVIEW_INVITATION_STATUSES)[number];

export interface ReviewInvitation {
  id: string;
  roundId: string;
  email: string;
  reviewerOrganisationName: string;
  message: string;
  /** The lead reviewer merges the reviews into the leerrapport. */
  lead: boolean;
  status: ReviewInvitationStatus;
  expiresAt: string;
  createdAt: string;
  invitedBy: UserRef;
  acceptedBy: UserRef | null;
  acceptedAt: string | null;
  /** The review the acceptance opened, once accepted. */
  reviewId: string | null;
}

/** Returned once, when the invitation is created: the link carries the only copy of the token. */
export interface CreatedReviewInvitation extends ReviewInvitation {
  acceptUrl: string;
}

/** What a link is for, shown before accepting; any link that cannot be used answers 404. */
export interface ReviewInvitationPreview {
  organisationName: string;
  roundTitle: string;
  reviewerOrganisationName: string;
  email: string;
  expiresAt: string;
  hasAccount: boolean;
}

export interface ReviewInvitationAcceptance {
  me: Me;
  /** The reviewer's draft review, opened by the acceptance. */
  reviewId: string;
  roundId: string;
}

/** What a client sends to invite a reviewer. */
export interface ReviewInvitationInput {
  email: string;
  reviewerOrganisationName: string;
  /** ISO day, the last day the link and the access work; default today + 30. */
  expiresOn?: string;
  message?: string;
  /** Default: true for the round's first invitation. */
  lead?: boolean;
}
