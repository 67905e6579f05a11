import {
  TEAM_AGREEMENT_STATUSES,
  TEAM_LEARNING_LIMITS,
  TeamAgreement,
  TeamAgreementInput,
  TeamAgreementStatus,
  TeamAgreementVersion,
} from '@labelklaar/domain';

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
} from 'class-validator';

import { IsIsoDay } from '../../common/validation/is-iso-day.decorator';

export class TeamAgreementDto implements TeamAgreementInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  teamId: string;

  @ApiProperty({
    maxLength: TEAM_LEARNING_LIMITS.short,
    example: 'Wanneer sluiten we een traject af?',
  })
  @MaxLength(TEAM_LEARNING_LIMITS.short)
  @IsNotEmpty()
  @IsString()
  question: string;

  @ApiProperty({
    maxLength: TEAM_LEARNING_LIMITS.text,
    example: 'Na een evaluatiegesprek met de bewoner en zijn netwerk.',
  })
  @MaxLength(TEAM_LEARNING_LIMITS.text)
  @IsNotEmpty()
  @IsString()
  agreement: string;

  @ApiPropertyOptional({ maxLength: TEAM_LEARNING_LIMITS.text, default: '' })
  @IsOptional()
  @MaxLength(TEAM_LEARNING_LIMITS.text)
  @IsString()
  rationale?: string;

  @ApiProperty({ format: 'date' })
  @IsIsoDay()
  agreedOn: string;

  @ApiPropertyOptional({ format: 'date', type: String, nullable: true })
  @IsOptional()
  @IsIsoDay()
  reviewOn?: string | null;

  @ApiPropertyOptional({ enum: TEAM_AGREEMENT_STATUSES, default: 'active' })
  @IsOptional()
  @IsIn(TEAM_AGREEMENT_STATUSES)
  status?: TeamAgreementStatus;
}

/** A new version: everything again, plus the version the client last saw. */
export class UpdateTeamAgreementDto extends TeamAgreementDto {
  @ApiProperty({ description: 'The version the client last saw; a stale one answers 409' })
  @Min(1)
  @IsInt()
  version: number;
}

export class TeamAgreementQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only this team' })
  @IsOptional()
  @IsUUID()
  team?: string;

  @ApiPropertyOptional({ maxLength: 100, description: 'Words in the question, agreement or why' })
  @IsOptional()
  @MaxLength(100)
  @IsString()
  q?: string;

  @ApiPropertyOptional({ enum: TEAM_AGREEMENT_STATUSES })
  @IsOptional()
  @IsIn(TEAM_AGREEMENT_STATUSES)
  status?: TeamAgreementStatus;
}

class PersonDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() displayName: string;
}

export class TeamAgreementVersionResponseDto implements TeamAgreementVersion {
  @ApiProperty() version: number;
  @ApiProperty() question: string;
  @ApiProperty() agreement: string;
  @ApiProperty() rationale: string;
  @ApiProperty({ format: 'date' }) agreedOn: string;
  @ApiProperty({ format: 'date', type: String, nullable: true }) reviewOn: string | null;
  @ApiProperty({ enum: TEAM_AGREEMENT_STATUSES }) status: TeamAgreementStatus;
  @ApiProperty({ type: PersonDto, nullable: true }) changedBy: PersonDto | null;
  @ApiProperty({ format: 'date-time' }) changedAt: string;
}

export class TeamAgreementResponseDto
  extends TeamAgreementVersionResponseDto
  implements TeamAgreement
{
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) teamId: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: [TeamAgreementVersionResponseDto] })
  history: TeamAgreementVersionResponseDto[];
}
