import {
  ROUND_ROUTES,
  ROUND_TEXT_MAX_LENGTH,
  RoundRoute,
  SIGN_OFF_FUNCTION_MAX_LENGTH,
  SIGN_OFF_NAME_MAX_LENGTH,
} from '@labelklaar/domain';

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import { IsIsoDay } from '../../common/validation/is-iso-day.decorator';
import { ParticipationEntryDto } from './participation-entry.dto';

/** Everything but the rubric version, which a round keeps for ever. */
export class UpdateAssessmentRoundDto {
  @ApiProperty({
    description: 'The version the client last saw; a stale one answers 409 with the current round',
  })
  @Min(1)
  @IsInt()
  version: number;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @MaxLength(200)
  @IsNotEmpty()
  @IsString()
  title?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsIsoDay()
  targetDate?: string;

  @ApiPropertyOptional({ enum: ROUND_ROUTES })
  @IsOptional()
  @IsIn(ROUND_ROUTES)
  route?: RoundRoute;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsIsoDay()
  selfEvaluationDeadline?: string;

  @ApiPropertyOptional({ maxLength: ROUND_TEXT_MAX_LENGTH })
  @IsOptional()
  @MaxLength(ROUND_TEXT_MAX_LENGTH)
  @IsString()
  ambitions?: string;

  @ApiPropertyOptional({ maxLength: ROUND_TEXT_MAX_LENGTH })
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
}

/** Withdrawing names the version last seen, like every change of a round. */
export class WithdrawRoundDto {
  @ApiProperty({
    description: 'The version the client last saw; a stale one answers 409 with the current round',
  })
  @Min(1)
  @IsInt()
  version: number;
}

/** The vaststelling by a manager: name and function as printed on the dossier, and the day. */
export class SignOffRoundDto {
  @ApiProperty({
    description: 'The version the client last saw; a stale one answers 409 with the current round',
  })
  @Min(1)
  @IsInt()
  version: number;

  @ApiProperty({ maxLength: SIGN_OFF_NAME_MAX_LENGTH, example: 'A. de Vries' })
  @MaxLength(SIGN_OFF_NAME_MAX_LENGTH)
  @IsNotEmpty()
  @IsString()
  name: string;

  @ApiProperty({ maxLength: SIGN_OFF_FUNCTION_MAX_LENGTH, example: 'directeur-bestuurder' })
  @MaxLength(SIGN_OFF_FUNCTION_MAX_LENGTH)
  @IsNotEmpty()
  @IsString()
  function: string;

  @ApiProperty({
    format: 'date',
    description: 'The day of the vaststelling; today or earlier (422 sign-off-date-in-future)',
  })
  @IsIsoDay()
  date: string;
}
