/**
 * Shapes of a toetsingsgroep (peer group) as the API returns them: organisations that agreed to
 * review each other's self-assessments in turn. Members see each other's organisation names,
 * never their people.
 */
import type { InvitationStatus } from '../organisations/organisation.types';

export const PEER_GROUP_NAME_MAX_LENGTH = 200;
export const PEER_GROUP_DESCRIPTION_MAX_LENGTH = 2_000;
/** How long a link to join a group stays valid unless the quality officer chooses otherwise. */
export const PEER_GROUP_INVITATION_DEFAULT_DAYS = 14;
export const PEER_GROUP_INVITATION_MAX_DAYS = 90;

export interface PeerGroupSummary {
  id: string;
  name: string;
  description: string;
  memberCount: number;
  /** The active organisation created the group: it may remove members. */
  isCreator: boolean;
  createdAt: string;
}

/** A member organisation; `id` is the membership, not the organisation. */
export interface PeerGroupMember {
  id: string;
  organisationName: string;
  joinedAt: string;
  isCreator: boolean;
  isOwnOrganisation: boolean;
}

export interface PeerGroupMemberRef {
  memberId: string;
  organisationName: string;
}

/** One line of this cycle's schedule: the reviewer organisation reviews the reviewed one. */
export interface PeerGroupScheduleEntry {
  reviewer: PeerGroupMemberRef;
  reviewed: PeerGroupMemberRef;
}

/** A member's latest submitted peer-review round that has not been reviewed yet. */
export interface PeerGroupAwaitingRound {
  roundId: string;
  roundTitle: string;
  organisation: PeerGroupMemberRef;
  targetDate: string;
  submittedAt: string;
  /** The round has a pending or accepted review invitation. */
  reviewersInvited: boolean;
  isOwnOrganisation: boolean;
}

export interface PeerGroupDetail extends PeerGroupSummary {
  members: PeerGroupMember[];
  awaitingRounds: PeerGroupAwaitingRound[];
  schedule: PeerGroupScheduleEntry[];
}

/** An invitation for another organisation to join a group. */
export interface PeerGroupInvitation {
  id: string;
  email: string;
  status: InvitationStatus;
  invitedByOrganisationName: string;
  acceptedByOrganisationName: string | null;
  createdAt: string;
  expiresAt: string;
}

/** Returned once, when the invitation is created: the link carries the only copy of the token. */
export interface CreatedPeerGroupInvitation {
  invitation: PeerGroupInvitation;
  acceptUrl: string;
}

export interface PeerGroupInvitationPreview {
  groupName: string;
  groupDescription: string;
  invitedByOrganisationName: string;
  email: string;
  expiresAt: string;
  memberOrganisationNames: string[];
  /** The active organisation is a member already. */
  alreadyMember: boolean;
}

/** A review invitation the one-step action created for a scheduled reviewer of our round. */
export interface PeerGroupReviewInvitation {
  invitationId: string;
  roundId: string;
  roundTitle: string;
  reviewerOrganisationName: string;
  email: string;
  lead: boolean;
  expiresAt: string;
  acceptUrl: string;
}

/** A scheduled reviewer who already holds a pending or accepted invitation for the round. */
export interface PeerGroupReviewerAlreadyInvited {
  roundId: string;
  reviewerOrganisationName: string;
  email: string;
}

export interface PeerGroupReviewInvitations {
  created: PeerGroupReviewInvitation[];
  alreadyInvited: PeerGroupReviewerAlreadyInvited[];
}
