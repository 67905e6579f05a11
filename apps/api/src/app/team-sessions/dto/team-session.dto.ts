import {
  TEAM_LEARNING_LIMITS,
  TEAM_SESSION_TYPES,
  TeamSession,
  TeamSessionInput,
  TeamSessionType,
} from '@labelklaar/domain';

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

import { IsIsoDay } from '../../common/validation/is-iso-day.decorator';

const TEXT = { maxLength: TEAM_LEARNING_LIMITS.text, default: '' };

export class TeamSessionDto implements TeamSessionInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  teamId: string;

  @ApiProperty({ enum: TEAM_SESSION_TYPES })
  @IsIn(TEAM_SESSION_TYPES)
  sessionType: TeamSessionType;

  @ApiProperty({ format: 'date', example: '2026-11-20' })
  @IsIsoDay()
  date: string;

  @ApiProperty({ minimum: 0, maximum: TEAM_LEARNING_LIMITS.maxPresent, example: 8 })
  @Max(TEAM_LEARNING_LIMITS.maxPresent)
  @Min(0)
  @IsInt()
  presentCount: number;

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: 50, default: [] })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayUnique()
  @ArrayMaxSize(50)
  @IsArray()
  reflectionIds?: string[];

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 80 })
  @IsOptional()
  @MaxLength(80)
  @IsString()
  modelId?: string | null;

  @ApiPropertyOptional(TEXT)
  @IsOptional()
  @MaxLength(TEAM_LEARNING_LIMITS.text)
  @IsString()
  stoodOut?: string;

  @ApiPropertyOptional(TEXT)
  @IsOptional()
  @MaxLength(TEAM_LEARNING_LIMITS.text)
  @IsString()
  similaritiesAndDifferences?: string;

  @ApiPropertyOptional(TEXT)
  @IsOptional()
  @MaxLength(TEAM_LEARNING_LIMITS.text)
  @IsString()
  insights?: string;

  @ApiPropertyOptional(TEXT)
  @IsOptional()
  @MaxLength(TEAM_LEARNING_LIMITS.text)
  @IsString()
  agreementsMade?: string;
}

export class TeamQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only this team' })
  @IsOptional()
  @IsUUID()
  team?: string;
}

class PersonDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() displayName: string;
}

export class TeamSessionResponseDto implements TeamSession {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) teamId: string;
  @ApiProperty({ enum: TEAM_SESSION_TYPES }) sessionType: TeamSessionType;
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty() presentCount: number;
  @ApiProperty({ type: [String], format: 'uuid' }) reflectionIds: string[];
  @ApiProperty({ type: String, nullable: true }) modelId: string | null;
  @ApiProperty() stoodOut: string;
  @ApiProperty() similaritiesAndDifferences: string;
  @ApiProperty() insights: string;
  @ApiProperty() agreementsMade: string;
  @ApiProperty({ type: PersonDto, nullable: true }) recordedBy: PersonDto | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}
