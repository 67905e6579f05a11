import {
  CRITERION_STATUSES,
  CriterionStatus,
  DomainCode,
  Leerrapport,
  LEERRAPPORT_STATUSES,
  LeerrapportCriterion,
  LeerrapportFinding,
  LeerrapportOverall,
  LeerrapportStatus,
  PEER_GAPS,
  PEER_JUDGEMENTS,
  PeerGap,
  PeerGapCounts,
  PeerGapRow,
  PeerGaps,
  PeerJudgement,
} from '@labelklaar/domain';

import { ApiProperty } from '@nestjs/swagger';

import { UserRefDto } from '../../common/dto/refs.dto';
import { FindingResponseDto } from './review-response.dto';

const DOMAIN_CODES = ['OPD', 'VMS', 'VAK', 'IMP'];

export class LeerrapportFindingDto implements LeerrapportFinding {
  @ApiProperty({ format: 'uuid' }) reviewId: string;
  @ApiProperty({ type: UserRefDto }) reviewer: UserRefDto;
  @ApiProperty() reviewerOrganisationName: string;
  @ApiProperty() lead: boolean;
  @ApiProperty({ enum: PEER_JUDGEMENTS }) judgement: PeerJudgement;
  @ApiProperty() finding: string;
  @ApiProperty() questions: string;
  @ApiProperty({ type: FindingResponseDto, nullable: true }) response: FindingResponseDto | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) actionId: string | null;
}

export class LeerrapportCriterionDto implements LeerrapportCriterion {
  @ApiProperty() criterionCode: string;
  @ApiProperty() criterionTitle: string;
  @ApiProperty({ enum: DOMAIN_CODES }) domainCode: DomainCode;
  @ApiProperty({
    enum: PEER_JUDGEMENTS,
    description:
      "The most critical reviewer's judgement; 'not-assessed' only when nobody judged it",
  })
  mergedJudgement: PeerJudgement;
  @ApiProperty({ type: [LeerrapportFindingDto], description: 'Lead reviewer first' })
  findings: LeerrapportFindingDto[];
}

export class LeerrapportOverallReviewDto {
  @ApiProperty({ format: 'uuid' }) reviewId: string;
  @ApiProperty({ type: UserRefDto }) reviewer: UserRefDto;
  @ApiProperty() reviewerOrganisationName: string;
  @ApiProperty() lead: boolean;
  @ApiProperty({ enum: PEER_JUDGEMENTS }) judgement: PeerJudgement;
  @ApiProperty() strengths: string;
  @ApiProperty() improvements: string;
}

export class LeerrapportOverallDto implements LeerrapportOverall {
  @ApiProperty({ enum: PEER_JUDGEMENTS }) mergedJudgement: PeerJudgement;
  @ApiProperty({ type: [LeerrapportOverallReviewDto] }) reviews: LeerrapportOverallReviewDto[];
}

export class LeerrapportResponseDto implements Leerrapport {
  @ApiProperty({ format: 'uuid' }) roundId: string;
  @ApiProperty() roundTitle: string;
  @ApiProperty() organisationName: string;
  @ApiProperty({
    enum: LEERRAPPORT_STATUSES,
    description:
      'draft: not issued yet (a preview of the submitted reviews); hearing: hoor en wederhoor; final',
  })
  status: LeerrapportStatus;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) leadReviewId: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) issuedAt: string | null;
  @ApiProperty({ format: 'date', nullable: true, type: String, description: 'Last day to respond' })
  hearingEndsOn: string | null;
  @ApiProperty() hearingOpen: boolean;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) finalisedAt: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'sha256 of the final content' })
  contentHash: string | null;
  @ApiProperty({ type: [LeerrapportCriterionDto] }) criteria: LeerrapportCriterionDto[];
  @ApiProperty({ type: LeerrapportOverallDto }) overall: LeerrapportOverallDto;
}

export class PeerGapRowDto implements PeerGapRow {
  @ApiProperty() criterionCode: string;
  @ApiProperty() criterionTitle: string;
  @ApiProperty({ enum: DOMAIN_CODES }) domainCode: DomainCode;
  @ApiProperty({ enum: CRITERION_STATUSES }) selfStatus: CriterionStatus;
  @ApiProperty({ nullable: true, type: Number }) selfLevel: number | null;
  @ApiProperty() metLevel: number;
  @ApiProperty({ enum: PEER_JUDGEMENTS, description: 'The self-assessment read on the peer scale' })
  selfJudgement: PeerJudgement;
  @ApiProperty({ enum: PEER_JUDGEMENTS }) peerJudgement: PeerJudgement;
  @ApiProperty({ enum: PEER_GAPS }) gap: PeerGap;
}

export class PeerGapCountsDto implements PeerGapCounts {
  @ApiProperty() agrees: number;
  @ApiProperty({ name: 'peer-lower' }) 'peer-lower': number;
  @ApiProperty({ name: 'peer-higher' }) 'peer-higher': number;
  @ApiProperty({ name: 'not-assessed' }) 'not-assessed': number;
}

export class PeerGapsResponseDto implements PeerGaps {
  @ApiProperty({ format: 'uuid' }) roundId: string;
  @ApiProperty({ enum: ['leerrapport', 'submitted-reviews', 'none'] })
  source: 'leerrapport' | 'submitted-reviews' | 'none';
  @ApiProperty({ format: 'date' }) referenceDate: string;
  @ApiProperty({ type: PeerGapCountsDto }) counts: PeerGapCountsDto;
  @ApiProperty({ type: [PeerGapRowDto] }) criteria: PeerGapRowDto[];
}
