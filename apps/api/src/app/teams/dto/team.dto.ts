import {
  MEMBER_ROLES,
  MemberRole,
  NewTeam,
  TEAM_DESCRIPTION_MAX_LENGTH,
  TEAM_NAME_MAX_LENGTH,
  TEAM_ROLES,
  TeamChanges,
  TeamDetail,
  TeamMember,
  TeamRole,
  TeamSummary,
} from '@labelklaar/domain';

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

export class CreateTeamDto implements NewTeam {
  @ApiProperty({ example: 'Wijkteam Noord', maxLength: TEAM_NAME_MAX_LENGTH })
  @MaxLength(TEAM_NAME_MAX_LENGTH)
  @IsNotEmpty()
  @IsString()
  name: string;

  @ApiPropertyOptional({
    example: 'Maatschappelijk werk en opbouwwerk in Noord',
    maxLength: TEAM_DESCRIPTION_MAX_LENGTH,
    default: '',
  })
  @IsOptional()
  @MaxLength(TEAM_DESCRIPTION_MAX_LENGTH)
  @IsString()
  description?: string;
}

export class UpdateTeamDto implements TeamChanges {
  @ApiPropertyOptional({ example: 'Wijkteam Noord-Oost', maxLength: TEAM_NAME_MAX_LENGTH })
  @IsOptional()
  @MaxLength(TEAM_NAME_MAX_LENGTH)
  @IsNotEmpty()
  @IsString()
  name?: string;

  @ApiPropertyOptional({ maxLength: TEAM_DESCRIPTION_MAX_LENGTH })
  @IsOptional()
  @MaxLength(TEAM_DESCRIPTION_MAX_LENGTH)
  @IsString()
  description?: string;
}

export class PutTeamMemberDto {
  @ApiProperty({ enum: TEAM_ROLES, description: 'member, or lead (a lead manages the team)' })
  @IsIn(TEAM_ROLES)
  teamRole: TeamRole;
}

export class TeamLeadDto {
  @ApiProperty({ format: 'uuid' }) memberId: string;
  @ApiProperty() displayName: string;
}

export class TeamSummaryDto implements TeamSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() description: string;
  @ApiProperty() memberCount: number;
  @ApiProperty({ type: [TeamLeadDto] }) leads: TeamLeadDto[];
  @ApiProperty({
    enum: TEAM_ROLES,
    nullable: true,
    description: 'Your own place in the team; null when you are not in it',
  })
  myRole: TeamRole | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class TeamMemberDto implements TeamMember {
  @ApiProperty({ format: 'uuid', description: 'The organisation membership' }) memberId: string;
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() displayName: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: MEMBER_ROLES }) organisationRole: MemberRole;
  @ApiProperty({ enum: TEAM_ROLES }) teamRole: TeamRole;
  @ApiProperty({ format: 'date-time' }) addedAt: string;
}

export class TeamDetailDto extends TeamSummaryDto implements TeamDetail {
  @ApiProperty({ type: [TeamMemberDto] }) members: TeamMemberDto[];
  @ApiProperty({ description: 'Whether you may add and remove members and leads' })
  canManageMembers: boolean;
}
