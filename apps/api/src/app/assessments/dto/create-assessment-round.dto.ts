import { ROUND_ROUTES, ROUND_TEXT_MAX_LENGTH, RoundRoute } from '@labelklaar/domain';

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';

import { IsIsoDay } from '../../common/validation/is-iso-day.decorator';
import { ParticipationEntryDto } from './participation-entry.dto';

export class CreateAssessmentRoundDto {
  @ApiProperty({ example: 'Zelfevaluatie 2026', maxLength: 200 })
  @MaxLength(200)
  @IsNotEmpty()
  @IsString()
  title: string;

  @ApiProperty({ example: 'sterk-sociaal-werk', maxLength: 100 })
  @MaxLength(100)
  @IsNotEmpty()
  @IsString()
  rubricId: string;

  @ApiProperty({
    example: '1.0.0',
    description: 'A published version; the round stays pinned to it',
    maxLength: 40,
  })
  @MaxLength(40)
  @IsNotEmpty()
  @IsString()
  rubricVersion: string;

  @ApiProperty({
    format: 'date',
    example: '2026-11-15',
    description: 'The audit or toetsing date the round aims at',
  })
  @IsIsoDay()
  targetDate: string;

  @ApiProperty({ enum: ROUND_ROUTES })
  @IsIn(ROUND_ROUTES)
  route: RoundRoute;

  @ApiPropertyOptional({ format: 'date', description: 'Default: six weeks before the target date' })
  @IsOptional()
  @IsIsoDay()
  selfEvaluationDeadline?: string;

  @ApiPropertyOptional({ maxLength: ROUND_TEXT_MAX_LENGTH, description: 'Ambities' })
  @IsOptional()
  @MaxLength(ROUND_TEXT_MAX_LENGTH)
  @IsString()
  ambitions?: string;

  @ApiPropertyOptional({ maxLength: ROUND_TEXT_MAX_LENGTH, description: 'Knelpunten' })
  @IsOptional()
  @MaxLength(ROUND_TEXT_MAX_LENGTH)
  @IsString()
  bottlenecks?: string;

  @ApiPropertyOptional({ type: [ParticipationEntryDto], maxItems: 50 })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ParticipationEntryDto)
  participation?: ParticipationEntryDto[];

  @ApiPropertyOptional({
    default: false,
    description:
      "Start from the organisation's last submitted round of this rubric: answers and evidence links carry over (marked until confirmed), unfinished actions move along",
  })
  @IsOptional()
  @IsBoolean()
  carryOver?: boolean;

  @ApiPropertyOptional({
    default: false,
    description:
      'Start although the organisation already has an open round on this rubric; without it such a start answers 409 /problems/second-open-round',
  })
  @IsOptional()
  @IsBoolean()
  confirmSecondOpenRound?: boolean;
}
