import type { InvitationStatus } from '../organisations/organisation.types';

/** What every invitation link records about its own life: one use, an expiry, a revocation. */
export interface InvitationLinkState {
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
}

/**
 * The status of a single-use joining link (member and peer-group invitations): once used it stays
 * accepted, whatever happens after; an unused one is revoked, expired or still pending. (A review
 * invitation is an access grant as well and ends on expiry or revocation even once accepted: see
 * `reviewInvitationStatus`.)
 */
export function invitationLinkStatus(invitation: InvitationLinkState, now: Date): InvitationStatus {
  if (invitation.acceptedAt) {
    return 'accepted';
  }
  if (invitation.revokedAt) {
    return 'revoked';
  }
  return invitation.expiresAt.getTime() <= now.getTime() ? 'expired' : 'pending';
}

/** Whether the link can still be previewed and accepted: unused, unrevoked and not yet expired. */
export function isInvitationOpen(invitation: InvitationLinkState, now: Date): boolean {
  return invitationLinkStatus(invitation, now) === 'pending';
}
