import { Invitation, InvitationStatus, Member } from '@labelklaar/domain';

import { InvitationEntity } from './entities/invitation.entity';
import { MemberRow } from './organisations.repository';

export function mapMember(row: MemberRow): Member {
  return {
    id: row.id,
    userId: row.userId,
    email: row.email,
    displayName: row.displayName,
    role: row.role,
    joinedAt: new Date(row.createdAt).toISOString(),
  };
}

function invitationStatus(invitation: InvitationEntity, now: Date): InvitationStatus {
  if (invitation.acceptedAt) {
    return 'accepted';
  }
  if (invitation.revokedAt) {
    return 'revoked';
  }
  return invitation.expiresAt <= now ? 'expired' : 'pending';
}

export function mapInvitation(invitation: InvitationEntity, now: Date): Invitation {
  return {
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    status: invitationStatus(invitation, now),
    createdAt: invitation.createdAt.toISOString(),
    expiresAt: invitation.expiresAt.toISOString(),
  };
}
