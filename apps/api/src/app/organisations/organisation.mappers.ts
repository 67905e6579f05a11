import { Invitation, invitationLinkStatus, Member } from '@labelklaar/domain';

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

export function mapInvitation(invitation: InvitationEntity, now: Date): Invitation {
  return {
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    status: invitationLinkStatus(invitation, now),
    createdAt: invitation.createdAt.toISOString(),
    expiresAt: invitation.expiresAt.toISOString(),
  };
}
