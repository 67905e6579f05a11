import {
  ACCOUNT_LANGUAGES,
  AccountLanguage,
  InvitationPreview,
  Me,
  MEMBER_ROLES,
  MemberRole,
  Membership,
  SessionState,
  UserSummary,
} from '@labelklaar/domain';

import { ApiProperty } from '@nestjs/swagger';

export class UserSummaryDto implements UserSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ACCOUNT_LANGUAGES }) language: AccountLanguage;
}

export class MembershipDto implements Membership {
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty() organisationName: string;
  @ApiProperty({ enum: MEMBER_ROLES }) role: MemberRole;
}

export class MeResponseDto implements Me {
  @ApiProperty({ type: UserSummaryDto }) user: UserSummaryDto;
  @ApiProperty({ type: [MembershipDto] }) memberships: MembershipDto[];
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) activeOrganisationId:
    string | null;
  @ApiProperty() platformAdmin: boolean;
}

export class SessionStateResponseDto implements SessionState {
  @ApiProperty() authenticated: boolean;
  @ApiProperty({ type: MeResponseDto, nullable: true }) me: MeResponseDto | null;
}

export class InvitationPreviewResponseDto implements InvitationPreview {
  @ApiProperty() organisationName: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: MEMBER_ROLES }) role: MemberRole;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty() hasAccount: boolean;
}
