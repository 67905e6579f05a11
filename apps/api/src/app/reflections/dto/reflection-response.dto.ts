import {
  Consideration,
  CONSIDERATIONS,
  DECISION_KINDS,
  DecisionKind,
  Dilemma,
  DILEMMAS,
  Reflection,
} from '@labelklaar/domain';

import { ApiProperty } from '@nestjs/swagger';

import { ModelPromptAnswerDto } from './reflection.dto';

export class ReflectionResponseDto implements Reflection {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) teamId: string;
  @ApiProperty() teamName: string;
  @ApiProperty({ format: 'uuid' }) authorId: string;
  @ApiProperty({ description: 'The author, by name (shared reflections are read by the team)' })
  authorName: string;
  @ApiProperty() isOwn: boolean;
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty({ enum: DECISION_KINDS }) decisionKind: DecisionKind;
  @ApiProperty({ enum: DILEMMAS, isArray: true }) dilemmas: Dilemma[];
  @ApiProperty({ type: String, nullable: true }) modelId: string | null;
  @ApiProperty({ type: String, nullable: true }) modelVersion: string | null;
  @ApiProperty({ type: [ModelPromptAnswerDto] }) promptAnswers: ModelPromptAnswerDto[];
  @ApiProperty({ enum: CONSIDERATIONS, isArray: true }) considerations: Consideration[];
  @ApiProperty({ type: [String] }) steps: string[];
  @ApiProperty() decision: string;
  @ApiProperty() insight: string;
  @ApiProperty() isShared: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}
