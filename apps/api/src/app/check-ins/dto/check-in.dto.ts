import {
  CHECK_IN_CADENCES,
  CHECK_IN_QUESTIONS,
  CheckIn,
  CheckInAnswers,
  CheckInCadence,
  CheckInQuestion,
  CheckInSchedule,
  TEAM_LEARNING_LIMITS,
} from '@labelklaar/domain';

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';

import { IsIsoDay } from '../../common/validation/is-iso-day.decorator';

const ANSWER = { maxLength: TEAM_LEARNING_LIMITS.text, default: '' };

export class CheckInAnswersDto implements CheckInAnswers {
  @ApiPropertyOptional({ ...ANSWER, description: 'Wat gaat goed?' })
  @IsOptional()
  @MaxLength(TEAM_LEARNING_LIMITS.text)
  @IsString()
  'goes-well': string;

  @ApiPropertyOptional({
    ...ANSWER,
    description: 'Wat gaat zo goed dat anderen ervan kunnen leren?',
  })
  @IsOptional()
  @MaxLength(TEAM_LEARNING_LIMITS.text)
  @IsString()
  'others-could-learn': string;

  @ApiPropertyOptional({ ...ANSWER, description: 'Wat gaat nog niet goed?' })
  @IsOptional()
  @MaxLength(TEAM_LEARNING_LIMITS.text)
  @IsString()
  'not-yet-well': string;

  @ApiPropertyOptional({ ...ANSWER, description: 'Wat kan ik eraan doen?' })
  @IsOptional()
  @MaxLength(TEAM_LEARNING_LIMITS.text)
  @IsString()
  'what-can-i-do': string;

  @ApiPropertyOptional({ ...ANSWER, description: 'Waar heb ik hulp bij nodig, en waarom?' })
  @IsOptional()
  @MaxLength(TEAM_LEARNING_LIMITS.text)
  @IsString()
  'where-do-i-need-help': string;
}

export class CheckInScheduleDto {
  @ApiProperty({ enum: CHECK_IN_CADENCES })
  @IsIn(CHECK_IN_CADENCES)
  cadence: CheckInCadence;
}

export class AnswerCheckInDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  teamId: string;

  @ApiPropertyOptional({
    example: '2026-Q4',
    description:
      'The period answered (`2026-11`, `2026-Q4`); the running one when left out. The period before stays open too.',
  })
  @IsOptional()
  @Matches(/^\d{4}-(Q[1-4]|0[1-9]|1[0-2])$/)
  @IsString()
  periodKey?: string;

  @ApiProperty({ type: CheckInAnswersDto })
  @ValidateNested()
  @Type(() => CheckInAnswersDto)
  answers: CheckInAnswersDto;
}

export class CheckInQueryDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  team: string;

  @ApiPropertyOptional({ example: '2026-Q4' })
  @IsOptional()
  @Matches(/^\d{4}-(Q[1-4]|0[1-9]|1[0-2])$/)
  @IsString()
  period?: string;
}

export class CheckInActionDto {
  @ApiProperty({ enum: CHECK_IN_QUESTIONS, description: 'The answer that becomes the action' })
  @IsIn(CHECK_IN_QUESTIONS)
  question: CheckInQuestion;

  @ApiProperty({ format: 'uuid', description: 'The open round the action belongs to' })
  @IsUUID()
  roundId: string;

  @ApiProperty({ example: 'VAK-03', maxLength: 20 })
  @MaxLength(20)
  @IsNotEmpty()
  @IsString()
  criterionCode: string;

  @ApiProperty({ maxLength: 200, example: 'Vaker vooraf sparren over afsluiten' })
  @MaxLength(200)
  @IsNotEmpty()
  @IsString()
  title: string;

  @ApiPropertyOptional({ format: 'date', type: String, nullable: true })
  @IsOptional()
  @IsIsoDay()
  dueDate?: string | null;
}

class PeriodDto {
  @ApiProperty() key: string;
  @ApiProperty({ format: 'date' }) from: string;
  @ApiProperty({ format: 'date' }) to: string;
}

export class CheckInScheduleResponseDto implements CheckInSchedule {
  @ApiProperty({ format: 'uuid' }) teamId: string;
  @ApiProperty({ enum: CHECK_IN_CADENCES }) cadence: CheckInCadence;
  @ApiProperty({ type: PeriodDto }) currentPeriod: PeriodDto;
  @ApiProperty() hasAnsweredCurrent: boolean;
}

class PersonDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() displayName: string;
}

class CheckInActionLinkDto {
  @ApiProperty({ enum: CHECK_IN_QUESTIONS }) question: CheckInQuestion;
  @ApiProperty({ format: 'uuid' }) actionId: string;
}

export class CheckInResponseDto implements CheckIn {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) teamId: string;
  @ApiProperty() periodKey: string;
  @ApiProperty({ type: PersonDto }) author: PersonDto;
  @ApiProperty() isOwn: boolean;
  @ApiProperty({ type: CheckInAnswersDto }) answers: CheckInAnswersDto;
  @ApiProperty({ type: [CheckInActionLinkDto] }) actions: CheckInActionLinkDto[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}
