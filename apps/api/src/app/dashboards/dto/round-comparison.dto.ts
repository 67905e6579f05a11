import {
  ComparedCriterion,
  CRITERION_STATUSES,
  CriterionChange,
  CriterionStatus,
  DomainCode,
  RoundComparison,
} from '@labelklaar/domain';

import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

import { DOMAIN_CODES } from './round-readiness-report.dto';

const CHANGES: CriterionChange[] = ['improved', 'declined', 'unchanged', 'added', 'removed'];

export class RoundComparisonQueryDto {
  @ApiProperty({ format: 'uuid', description: 'The round to compare with (the earlier one)' })
  @IsUUID()
  with: string;
}

export class ComparedSideDto {
  @ApiProperty({ nullable: true, type: Number }) level: number | null;
  @ApiProperty({ enum: CRITERION_STATUSES }) status: CriterionStatus;
  @ApiProperty() rationale: string;
}

export class ComparedCriterionDto implements ComparedCriterion {
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: DOMAIN_CODES }) domainCode: DomainCode;
  @ApiProperty({
    enum: CHANGES,
    description: 'added/removed: the criterion is in only one of the two rubric versions',
  })
  change: CriterionChange;
  @ApiProperty({ type: ComparedSideDto, nullable: true, description: 'In the `with` round' })
  before: ComparedSideDto | null;
  @ApiProperty({ type: ComparedSideDto, nullable: true, description: 'In this round' })
  after: ComparedSideDto | null;
}

export class ChangeCountsDto implements Record<CriterionChange, number> {
  @ApiProperty() improved: number;
  @ApiProperty() declined: number;
  @ApiProperty() unchanged: number;
  @ApiProperty() added: number;
  @ApiProperty() removed: number;
}

export class ComparedRoundDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
}

export class RoundComparisonDto implements RoundComparison {
  @ApiProperty({ type: ComparedRoundDto, description: 'The `with` round' }) from: ComparedRoundDto;
  @ApiProperty({ type: ComparedRoundDto, description: 'The round in the path' })
  to: ComparedRoundDto;
  @ApiProperty({ type: ChangeCountsDto }) counts: ChangeCountsDto;
  @ApiProperty({ type: [ComparedCriterionDto] }) criteria: ComparedCriterionDto[];
}
