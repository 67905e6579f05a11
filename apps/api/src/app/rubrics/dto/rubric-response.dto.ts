import {
  Criterion,
  CriterionMapping,
  DomainCode,
  EvidenceKind,
  LocalisedText,
  MaturityLevel,
  RubricDomain,
  RubricStatus,
  RubricSummary,
  RubricVersionDetail,
} from '@labelklaar/domain';

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

const STATUSES: RubricStatus[] = ['draft', 'published', 'retired'];

export class RubricSummaryResponseDto implements RubricSummary {
  @ApiProperty({ example: 'sterk-sociaal-werk' }) id: string;
  @ApiProperty({ example: '1.0.0' }) version: string;
  @ApiProperty({ enum: STATUSES }) status: RubricStatus;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date' }) effectiveDate: string;
  @ApiProperty() criterionCount: number;
}

class LocalisedTextDto implements LocalisedText {
  @ApiProperty() nl: string;
  @ApiProperty() en: string;
}

class EvidenceKindDto implements EvidenceKind {
  @ApiProperty() key: string;
  @ApiProperty({ type: LocalisedTextDto }) label: LocalisedTextDto;
}

class MaturityLevelDto implements MaturityLevel {
  @ApiProperty() level: number;
  @ApiProperty() name: string;
  @ApiProperty() descriptor: string;
}

class CriterionDto implements Criterion {
  @ApiProperty({ example: 'VAK-03' }) code: string;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty({ type: [String] }) guidanceQuestions: string[];
  @ApiProperty({ type: [String] }) evidenceKinds: string[];
  @ApiProperty() weight: number;
  @ApiProperty() required: boolean;
  @ApiProperty() allowNotApplicable: boolean;
  @ApiProperty({ type: [MaturityLevelDto] }) maturityScale: MaturityLevelDto[];
  @ApiProperty() metLevel: number;
}

class RubricDomainDto implements RubricDomain {
  @ApiProperty({ enum: ['OPD', 'VMS', 'VAK', 'IMP'] }) code: DomainCode;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty({ type: [CriterionDto] }) criteria: CriterionDto[];
}

class CriterionMappingDto implements CriterionMapping {
  @ApiProperty() code: string;
  @ApiProperty({ type: [String] }) previousCodes: string[];
}

export class RubricVersionResponseDto implements RubricVersionDetail {
  @ApiProperty() id: string;
  @ApiProperty() version: string;
  @ApiProperty({ enum: STATUSES }) status: RubricStatus;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date' }) effectiveDate: string;
  @ApiPropertyOptional() previousVersion?: string;
  @ApiPropertyOptional({ type: [CriterionMappingDto] }) mapping?: CriterionMappingDto[];
  @ApiProperty({ type: [RubricDomainDto] }) domains: RubricDomainDto[];
  @ApiProperty({ description: 'sha256 of the canonical rubric content' }) contentHash: string;
  @ApiProperty({ type: [EvidenceKindDto] }) evidenceKinds: EvidenceKindDto[];
}
