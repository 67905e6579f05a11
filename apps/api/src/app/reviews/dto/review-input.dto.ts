import {
  ACTION_DESCRIPTION_MAX_LENGTH,
  ACTION_TITLE_MAX_LENGTH,
  FINDING_MAX_LENGTH,
  FindingActionInput,
  FindingInput,
  FindingResponseInput,
  IssueLeerrapportInput,
  MAX_HEARING_DAYS,
  OVERALL_TEXT_MAX_LENGTH,
  OverallInput,
  PEER_JUDGEMENTS,
  PeerJudgement,
  QUESTIONS_MAX_LENGTH,
  RESPONSE_TEXT_MAX_LENGTH,
} from '@labelklaar/domain';

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

import { IsIsoDay } from '../../common/validation/is-iso-day.decorator';

const JUDGEMENT_DESCRIPTION =
  'voldoet (meets) / voldoet deels (partly-meets) / voldoet niet (does-not-meet) / niet beoordeeld (not-assessed)';

export class SaveFindingDto implements FindingInput {
  @ApiProperty({ enum: PEER_JUDGEMENTS, description: JUDGEMENT_DESCRIPTION })
  @IsIn(PEER_JUDGEMENTS)
  judgement: PeerJudgement;

  @ApiProperty({ maxLength: FINDING_MAX_LENGTH, example: 'Het team kent de opdracht goed.' })
  @MaxLength(FINDING_MAX_LENGTH)
  @IsString()
  finding: string;

  @ApiPropertyOptional({ maxLength: QUESTIONS_MAX_LENGTH, default: '' })
  @IsOptional()
  @MaxLength(QUESTIONS_MAX_LENGTH)
  @IsString()
  questions?: string;

  @ApiPropertyOptional({
    description:
      'The version of the finding last seen; a stale one answers 409 with the current finding',
  })
  @IsOptional()
  @Min(1)
  @IsInt()
  version?: number;
}

export class SaveOverallDto implements OverallInput {
  @ApiProperty({ enum: PEER_JUDGEMENTS, description: JUDGEMENT_DESCRIPTION })
  @IsIn(PEER_JUDGEMENTS)
  judgement: PeerJudgement;

  @ApiProperty({ maxLength: OVERALL_TEXT_MAX_LENGTH })
  @MaxLength(OVERALL_TEXT_MAX_LENGTH)
  @IsString()
  strengths: string;

  @ApiProperty({ maxLength: OVERALL_TEXT_MAX_LENGTH })
  @MaxLength(OVERALL_TEXT_MAX_LENGTH)
  @IsString()
  improvements: string;

  @ApiPropertyOptional({
    description:
      'The version of the review last seen (saving a finding leaves it); a stale one answers 409 with the current review',
  })
  @IsOptional()
  @Min(1)
  @IsInt()
  version?: number;
}

export class RespondToFindingDto implements FindingResponseInput {
  @ApiProperty({
    maxLength: RESPONSE_TEXT_MAX_LENGTH,
    example: 'Dank; we nemen dit mee in het jaarplan.',
  })
  @MaxLength(RESPONSE_TEXT_MAX_LENGTH)
  @IsNotEmpty()
  @IsString()
  text: string;

  @ApiPropertyOptional({ description: 'The version of the finding last seen' })
  @IsOptional()
  @Min(1)
  @IsInt()
  version?: number;
}

export class FindingActionDto implements FindingActionInput {
  @ApiProperty({ maxLength: ACTION_TITLE_MAX_LENGTH, example: 'Opdracht bespreken in elk team' })
  @MaxLength(ACTION_TITLE_MAX_LENGTH)
  @IsNotEmpty()
  @IsString()
  title: string;

  @ApiPropertyOptional({ maxLength: ACTION_DESCRIPTION_MAX_LENGTH })
  @IsOptional()
  @MaxLength(ACTION_DESCRIPTION_MAX_LENGTH)
  @IsString()
  description?: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'A member id' })
  @IsOptional()
  @IsUUID()
  ownerMemberId?: string | null;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  @IsOptional()
  @IsIsoDay()
  dueDate?: string | null;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      "The open round to plan the action in; default the organisation's newest open round",
  })
  @IsOptional()
  @IsUUID()
  roundId?: string;
}

export class IssueLeerrapportDto implements IssueLeerrapportInput {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_HEARING_DAYS, default: 14 })
  @IsOptional()
  @Max(MAX_HEARING_DAYS)
  @Min(1)
  @IsInt()
  hearingDays?: number;
}
