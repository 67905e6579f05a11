import {
  Evidence,
  EVIDENCE_SOURCES,
  EvidenceListItem,
  EvidenceRevision,
  EvidenceRevisionRound,
  EvidenceSource,
  LinkedEvidence,
  ROUND_STATUSES,
  RoundStatus,
} from '@labelklaar/domain';

import { ApiProperty } from '@nestjs/swagger';

import { UserRefDto } from '../../common/dto/refs.dto';

export class EvidenceResponseDto implements Evidence {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({
    minimum: 1,
    description:
      'The current revision in lists, the one a submitted round was submitted with in it',
  })
  revision: number;
  @ApiProperty({ enum: EVIDENCE_SOURCES }) source: EvidenceSource;
  @ApiProperty() title: string;
  @ApiProperty() evidenceKind: string;
  @ApiProperty({ format: 'date' }) documentDate: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) validUntil: string | null;
  @ApiProperty({ nullable: true, type: String }) url: string | null;
  @ApiProperty({ nullable: true, type: String }) fileName: string | null;
  @ApiProperty({ nullable: true, type: String }) mediaType: string | null;
  @ApiProperty({ nullable: true, type: Number }) sizeBytes: number | null;
  @ApiProperty({ nullable: true, type: String, description: 'sha256 of the file' }) sha256:
    string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: UserRefDto, nullable: true }) createdBy: UserRefDto | null;
  @ApiProperty({ description: 'Expired today (in lists) or on the round target date (in a round)' })
  isExpired: boolean;
}

export class LinkedEvidenceResponseDto extends EvidenceResponseDto implements LinkedEvidence {
  @ApiProperty({ format: 'date-time' }) linkedAt: string;
}

export class EvidenceRevisionRoundDto implements EvidenceRevisionRound {
  @ApiProperty({ format: 'uuid' }) roundId: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: ROUND_STATUSES }) status: RoundStatus;
  @ApiProperty({ type: [String] }) criterionCodes: string[];
}

export class EvidenceRevisionResponseDto implements EvidenceRevision {
  @ApiProperty({ minimum: 1 }) revision: number;
  @ApiProperty() isCurrent: boolean;
  @ApiProperty({ enum: EVIDENCE_SOURCES }) source: EvidenceSource;
  @ApiProperty() title: string;
  @ApiProperty() evidenceKind: string;
  @ApiProperty({ format: 'date' }) documentDate: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) validUntil: string | null;
  @ApiProperty({ nullable: true, type: String }) url: string | null;
  @ApiProperty({ nullable: true, type: String }) fileName: string | null;
  @ApiProperty({ nullable: true, type: String }) mediaType: string | null;
  @ApiProperty({ nullable: true, type: Number }) sizeBytes: number | null;
  @ApiProperty({ nullable: true, type: String }) sha256: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: UserRefDto, nullable: true }) createdBy: UserRefDto | null;
  @ApiProperty({ description: 'Expired today' }) isExpired: boolean;
  @ApiProperty({ type: [EvidenceRevisionRoundDto] }) rounds: EvidenceRevisionRoundDto[];
}

export class EvidenceListItemResponseDto extends EvidenceResponseDto implements EvidenceListItem {
  @ApiProperty({
    type: [EvidenceRevisionRoundDto],
    description: 'The rounds linking the item, any revision; withdrawn rounds left out',
  })
  usedIn: EvidenceRevisionRoundDto[];
}
