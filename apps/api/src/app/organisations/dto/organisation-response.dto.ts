import {
  CreatedInvitation,
  Invitation,
  InvitationStatus,
  Member,
  MEMBER_ROLES,
  MemberRole,
  OrganisationOverview,
} from '@labelklaar/domain';

import { ApiProperty } from '@nestjs/swagger';

export class OrganisationOverviewResponseDto implements OrganisationOverview {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty() memberCount: number;
  @ApiProperty() pendingInvitationCount: number;
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
