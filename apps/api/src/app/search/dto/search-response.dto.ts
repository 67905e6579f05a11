import {
  CriterionSearchHit,
  EVIDENCE_SOURCES,
  EvidenceSearchHit,
  EvidenceSource,
  SearchGroup,
  SearchResults,
} from '@labelklaar/domain';

import { ApiProperty } from '@nestjs/swagger';

export class CriterionSearchHitDto implements CriterionSearchHit {
  @ApiProperty({ enum: ['criterion'] }) type: 'criterion';
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty() excerpt: string;
  @ApiProperty() rubricId: string;
  @ApiProperty() rubricVersion: string;
  @ApiProperty() rubricTitle: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) roundId: string | null;
  @ApiProperty({ nullable: true, type: String }) roundTitle: string | null;
  @ApiProperty({ description: "The web app's path of the criterion" }) link: string;
}

export class EvidenceSearchHitDto implements EvidenceSearchHit {
  @ApiProperty({ enum: ['evidence'] }) type: 'evidence';
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() evidenceKind: string;
  @ApiProperty({ enum: EVIDENCE_SOURCES }) source: EvidenceSource;
  @ApiProperty({ nullable: true, type: String }) fileName: string | null;
  @ApiProperty({ nullable: true, type: String }) url: string | null;
  @ApiProperty({ minimum: 1 }) revision: number;
  @ApiProperty({ format: 'date', nullable: true, type: String }) validUntil: string | null;
  @ApiProperty() isExpired: boolean;
  @ApiProperty({ description: "The web app's path of the evidence item" }) link: string;
}

export class CriterionSearchGroupDto implements SearchGroup<CriterionSearchHit> {
  @ApiProperty({ type: [CriterionSearchHitDto] }) items: CriterionSearchHitDto[];
  @ApiProperty({ description: 'More matched than shown' }) truncated: boolean;
}

export class EvidenceSearchGroupDto implements SearchGroup<EvidenceSearchHit> {
  @ApiProperty({ type: [EvidenceSearchHitDto] }) items: EvidenceSearchHitDto[];
  @ApiProperty({ description: 'More matched than shown' }) truncated: boolean;
}

export class SearchResultsDto implements SearchResults {
  @ApiProperty({ description: 'The query as searched (trimmed)' }) query: string;
  @ApiProperty({ type: CriterionSearchGroupDto }) criteria: CriterionSearchGroupDto;
  @ApiProperty({ type: EvidenceSearchGroupDto }) evidence: EvidenceSearchGroupDto;
}
