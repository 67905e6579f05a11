import {
  DECISION_MODEL_TIMINGS,
  DECISION_SITUATIONS,
  DecisionModel,
  DecisionModelDraft,
  DecisionModelExample,
  DecisionModelOwner,
  DecisionModelSource,
  DecisionModelStep,
  DecisionModelSummary,
  DecisionModelTexts,
  DecisionModelTiming,
  DecisionModelViolation,
  DecisionSituation,
} from '@labelklaar/domain';

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class CreateDecisionModelDraftDto {
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description:
      'The model as libs/criteria/src/lib/decision-model.schema.json describes it; a draft may be incomplete (its violations say what is missing). Without it and without `from`, an empty draft.',
  })
  @IsOptional()
  @IsObject()
  content?: object;

  @ApiPropertyOptional({
    example: 'evidence-based-practice',
    description:
      'Copy a model you see: the label owner gets its next minor version; an organisation a model of its own (id `<id>-eigen`, version 1.0.0).',
  })
  @IsOptional()
  @MaxLength(100)
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  @IsString()
  from?: string;
}

export class UpdateDecisionModelDraftDto {
  @ApiProperty({ type: 'object', additionalProperties: true })
  @IsObject()
  content: object;
}

class SourceDto implements DecisionModelSource {
  @ApiProperty() title: string;
  @ApiProperty() publisher: string;
  @ApiPropertyOptional() url?: string;
  @ApiPropertyOptional() year?: number;
}

class StepDto implements DecisionModelStep {
  @ApiProperty() title: string;
  @ApiProperty({ description: 'The question the professional answers at this step' })
  prompt: string;
}

class ExampleDto implements DecisionModelExample {
  @ApiProperty() situation: string;
  @ApiProperty() walkthrough: string;
}

class TextsDto implements DecisionModelTexts {
  @ApiProperty() name: string;
  @ApiProperty() summary: string;
  @ApiProperty({ type: [String] }) suitsWhen: string[];
  @ApiProperty({ type: [StepDto] }) steps: StepDto[];
  @ApiProperty({ type: ExampleDto }) example: ExampleDto;
}

class SummaryTextsDto {
  @ApiProperty() name: string;
  @ApiProperty() summary: string;
}

export class DecisionModelSummaryDto implements DecisionModelSummary {
  @ApiProperty({ example: 'omgekeerde-toets' }) id: string;
  @ApiProperty({ example: '1.0.0' }) version: string;
  @ApiProperty() name: string;
  @ApiProperty() summary: string;
  @ApiProperty({ enum: DECISION_SITUATIONS, isArray: true }) situations: DecisionSituation[];
  @ApiProperty({ enum: DECISION_MODEL_TIMINGS }) timing: DecisionModelTiming;
  @ApiProperty({ enum: ['label', 'organisation'] }) owner: DecisionModelOwner;
  @ApiProperty({ type: SourceDto }) source: SourceDto;
  @ApiPropertyOptional({ type: SummaryTextsDto }) en?: SummaryTextsDto;
}

export class DecisionModelDto extends TextsDto implements DecisionModel {
  @ApiProperty() id: string;
  @ApiProperty() version: string;
  @ApiProperty({ type: SourceDto }) source: SourceDto;
  @ApiProperty({ enum: DECISION_SITUATIONS, isArray: true }) situations: DecisionSituation[];
  @ApiProperty({ enum: DECISION_MODEL_TIMINGS }) timing: DecisionModelTiming;
  @ApiPropertyOptional({ type: TextsDto }) en?: TextsDto;
  @ApiProperty({ enum: ['label', 'organisation'] }) owner: DecisionModelOwner;
  @ApiProperty({ format: 'date-time', nullable: true, description: 'Null for a bundled model' })
  publishedAt: string | null;
}

class ViolationDto implements DecisionModelViolation {
  @ApiProperty({ example: 'steps[1].prompt' }) location: string;
  @ApiProperty({ example: 'schema' }) rule: string;
  @ApiProperty() detail: string;
}

export class DecisionModelDraftDto implements DecisionModelDraft {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['label', 'organisation'] }) owner: DecisionModelOwner;
  @ApiProperty({ nullable: true, type: String }) modelId: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) content: unknown;
  @ApiProperty({ type: [ViolationDto], description: 'What still keeps it from being published' })
  violations: ViolationDto[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}
