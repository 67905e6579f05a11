import {
  LEARNING_RECORD_KINDS,
  LEARNING_RECORD_LIMITS,
  LearningRecord,
  LearningRecordInput,
  LearningRecordKind,
} from '@labelklaar/domain';

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

import { IsIsoDay } from '../../common/validation/is-iso-day.decorator';

export class LearningRecordDto implements LearningRecordInput {
  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The team; null or absent for the organisation as a whole',
  })
  @IsOptional()
  @IsUUID()
  teamId?: string | null;

  @ApiProperty({ enum: LEARNING_RECORD_KINDS })
  @IsIn(LEARNING_RECORD_KINDS)
  kind: LearningRecordKind;

  @ApiProperty({ format: 'date', example: '2026-11-20' })
  @IsIsoDay()
  date: string;

  @ApiPropertyOptional({
    maxLength: LEARNING_RECORD_LIMITS.counterpart,
    default: '',
    example: 'De cliëntenraad',
  })
  @IsOptional()
  @MaxLength(LEARNING_RECORD_LIMITS.counterpart)
  @IsString()
  counterpart?: string;

  @ApiProperty({
    maxLength: LEARNING_RECORD_LIMITS.text,
    description: 'What was asked, or the topic',
  })
  @MaxLength(LEARNING_RECORD_LIMITS.text)
  @IsNotEmpty()
  @IsString()
  asked: string;

  @ApiProperty({ maxLength: LEARNING_RECORD_LIMITS.text, description: 'What was learned' })
  @MaxLength(LEARNING_RECORD_LIMITS.text)
  @IsNotEmpty()
  @IsString()
  learned: string;

  @ApiPropertyOptional({
    maxLength: LEARNING_RECORD_LIMITS.text,
    default: '',
    description: 'What came of it: what changed, or is planned',
  })
  @IsOptional()
  @MaxLength(LEARNING_RECORD_LIMITS.text)
  @IsString()
  outcome?: string;
}

export class LearningRecordQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only this team' })
  @IsOptional()
  @IsUUID()
  team?: string;

  @ApiPropertyOptional({ enum: LEARNING_RECORD_KINDS })
  @IsOptional()
  @IsIn(LEARNING_RECORD_KINDS)
  kind?: LearningRecordKind;
}

class PersonDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() displayName: string;
}

export class LearningRecordResponseDto implements LearningRecord {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) teamId: string | null;
  @ApiProperty({ enum: LEARNING_RECORD_KINDS }) kind: LearningRecordKind;
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty() counterpart: string;
  @ApiProperty() asked: string;
  @ApiProperty() learned: string;
  @ApiProperty() outcome: string;
  @ApiProperty({ type: PersonDto, nullable: true }) recordedBy: PersonDto | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}
