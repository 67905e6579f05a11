import { ActorKind, MemberRole } from '@labelklaar/domain';

export interface SessionContext {
  sessionId: string;
  userId: string;
  email: string;
  displayName: string;
  activeOrganisationId: string | null;
  platformAdmin: boolean;
  /**
   * The membership in the active organisation, read with the session in one query; null when the
   * session has no active organisation or the user is no longer a member of it.
   */
  activeMembership: { id: string; organisationId: string; role: MemberRole } | null;
}

/**
 * The organisation a request acts in and as whom: taken from the session's active membership, or,
 * for a reviewer, from their accepted review invitation for the round in the path. Never from an
 * organisation id the client sends.
 */
export interface TenantContext {
  organisationId: string;
  /** Null for a reviewer, who is no member of the organisation they review. */
  membershipId: string | null;
  role: ActorKind;
  /** Set for a reviewer: the round and the invitation that grant the access. */
  review?: ReviewerGrant;
}

/** What a reviewer's accepted invitation grants: reading one round of one organisation. */
export interface ReviewerGrant {
  invitationId: string;
  organisationId: string;
  roundId: string;
}

export interface RequestWithContext {
  session?: SessionContext;
  tenant?: TenantContext;
}
