import {
  CreatedInvitation,
  Invitation,
  InvitationStatus,
  Member,
  MEMBER_ROLES,
  MemberRole,
  OrganisationDeletion,
  OrganisationOverview,
} from '@labelklaar/domain';

import { ApiProperty } from '@nestjs/swagger';

export class OrganisationDeletionResponseDto implements OrganisationDeletion {
  @ApiProperty({ format: 'date-time' }) requestedAt: string;
  @ApiProperty({
    format: 'date-time',
    description: 'From this moment the daily erasure job deletes the organisation for good',
  })
  dueAt: string;
}

export class OrganisationOverviewResponseDto implements OrganisationOverview {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty() memberCount: number;
  @ApiProperty() pendingInvitationCount: number;
  @ApiProperty({
    description:
      'A manager has to establish (vaststellen) a round before it can be submitted (POST /rounds/{roundId}/sign-off)',
  })
  signOffRequired: boolean;
  @ApiProperty({
    type: OrganisationDeletionResponseDto,
    nullable: true,
    description:
      'Set while the erasure of the organisation has been asked for (POST /organisation/deletion) and can still be undone',
  })
  deletion: OrganisationDeletionResponseDto | null;
}

export class MemberResponseDto implements Member {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: MEMBER_ROLES }) role: MemberRole;
  @ApiProperty({ format: 'date-time' }) joinedAt: string;
}

export class InvitationResponseDto implements Invitation {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: MEMBER_ROLES }) role: MemberRole;
  @ApiProperty({ enum: ['pending', 'accepted', 'expired', 'revoked'] }) status: InvitationStatus;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
}

export class CreatedInvitationResponseDto implements CreatedInvitation {
  @ApiProperty({ type: InvitationResponseDto }) invitation: InvitationResponseDto;
  @ApiProperty({ description: 'Path with the single-use token; shown once' }) acceptUrl: string;
}
