import {
  PARTICIPANT_GROUPS,
  ParticipantGroup,
  PARTICIPATION_METHODS,
  ParticipationEntry,
  ParticipationMethod,
} from '@labelklaar/domain';

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

import { IsIsoDay } from '../../common/validation/is-iso-day.decorator';

export class ParticipationEntryDto implements ParticipationEntry {
  @ApiProperty({ enum: PARTICIPANT_GROUPS })
  @IsIn(PARTICIPANT_GROUPS)
  group: ParticipantGroup;

  @ApiProperty({ enum: PARTICIPATION_METHODS })
  @IsIn(PARTICIPATION_METHODS)
  method: ParticipationMethod;

  @ApiProperty({ format: 'date', example: '2026-04-14' })
  @IsIsoDay()
  date: string;

  @ApiPropertyOptional({ type: String, maxLength: 500, default: '' })
  @IsOptional()
  @MaxLength(500)
  @IsString()
  note = '';
}
