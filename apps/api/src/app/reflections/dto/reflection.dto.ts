import {
  Consideration,
  CONSIDERATIONS,
  DECISION_KINDS,
  DecisionKind,
  Dilemma,
  DILEMMAS,
  ModelPromptAnswer,
  REFLECTION_LIMITS,
  ReflectionInput,
} from '@labelklaar/domain';

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';

import { IsIsoDay } from '../../common/validation/is-iso-day.decorator';

export class ModelPromptAnswerDto implements ModelPromptAnswer {
  @ApiProperty({
    example: 'step-1',
    maxLength: 80,
    description: 'The step of the model it answers: `step-1` is its first step',
  })
  @MaxLength(80)
  @IsNotEmpty()
  @IsString()
  promptId: string;

  @ApiProperty({
    maxLength: REFLECTION_LIMITS.text,
    example: 'De wens van de bewoner woog het zwaarst.',
  })
  @MaxLength(REFLECTION_LIMITS.text)
  @IsString()
  answer: string;
}

/** A reflection as written; every text is checked for personal data before it is stored. */
export class ReflectionDto implements ReflectionInput {
  @ApiProperty({ format: 'uuid', description: 'A team the author is in' })
  @IsUUID()
  teamId: string;

  @ApiProperty({ format: 'date', example: '2026-11-12' })
  @IsIsoDay()
  date: string;

  @ApiProperty({ enum: DECISION_KINDS })
  @IsIn(DECISION_KINDS)
  decisionKind: DecisionKind;

  @ApiProperty({ enum: DILEMMAS, isArray: true, maxItems: DILEMMAS.length })
  @IsIn(DILEMMAS, { each: true })
  @ArrayUnique()
  @ArrayMaxSize(DILEMMAS.length)
  @IsArray()
  dilemmas: Dilemma[];

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 80,
    description: 'A published decision model of the library or of the organisation',
  })
  @IsOptional()
  @MaxLength(80)
  @IsString()
  modelId?: string | null;

  @ApiPropertyOptional({ type: [ModelPromptAnswerDto], maxItems: REFLECTION_LIMITS.prompts })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => ModelPromptAnswerDto)
  @ArrayMaxSize(REFLECTION_LIMITS.prompts)
  @IsArray()
  promptAnswers?: ModelPromptAnswerDto[];

  @ApiProperty({ enum: CONSIDERATIONS, isArray: true, maxItems: CONSIDERATIONS.length })
  @IsIn(CONSIDERATIONS, { each: true })
  @ArrayUnique()
  @ArrayMaxSize(CONSIDERATIONS.length)
  @IsArray()
  considerations: Consideration[];

  @ApiProperty({
    type: [String],
    maxItems: REFLECTION_LIMITS.steps,
    example: ['Eerst met de bewoner gesproken'],
  })
  @MaxLength(REFLECTION_LIMITS.step, { each: true })
  @IsString({ each: true })
  @ArrayMaxSize(REFLECTION_LIMITS.steps)
  @IsArray()
  steps: string[];

  @ApiProperty({
    maxLength: REFLECTION_LIMITS.text,
    example: 'We sluiten het traject af met een nazorggesprek.',
  })
  @MaxLength(REFLECTION_LIMITS.text)
  @IsNotEmpty()
  @IsString()
  decision: string;

  @ApiProperty({
    maxLength: REFLECTION_LIMITS.text,
    example: 'Ik besluit vaak alleen; vaker even sparren.',
  })
  @MaxLength(REFLECTION_LIMITS.text)
  @IsString()
  insight: string;

  @ApiPropertyOptional({
    default: false,
    description: 'Bring to the team: its members may read it',
  })
  @IsOptional()
  @IsBoolean()
  isShared?: boolean;
}

export class ReflectionQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only this team' })
  @IsOptional()
  @IsUUID()
  team?: string;

  @ApiPropertyOptional({
    enum: ['mine', 'shared'],
    description: '`mine`: my own; `shared`: shared with my teams (my own shared ones included)',
  })
  @IsOptional()
  @IsIn(['mine', 'shared'])
  scope?: 'mine' | 'shared';
}
