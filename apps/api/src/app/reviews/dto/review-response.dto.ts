import {
  FindingResponse,
  OverallJudgement,
  PEER_JUDGEMENTS,
  PeerJudgement,
  REVIEW_ACCESS,
  REVIEW_PERSPECTIVES,
  REVIEW_STATUSES,
  ReviewAccess,
  ReviewDetail,
  ReviewFinding,
  ReviewPerspective,
  ReviewStatus,
  ReviewSummary,
} from '@labelklaar/domain';

import { ApiProperty } from '@nestjs/swagger';

import { UserRefDto } from '../../common/dto/refs.dto';

export class ReviewSummaryResponseDto implements ReviewSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) roundId: string;
  @ApiProperty() roundTitle: string;
  @ApiProperty({ description: 'The reviewed organisation' }) organisationName: string;
  @ApiProperty({ type: UserRefDto }) reviewer: UserRefDto;
  @ApiProperty() reviewerOrganisationName: string;
  @ApiProperty({ enum: REVIEW_STATUSES }) status: ReviewStatus;
  @ApiProperty({ description: 'The lead reviewer merges the reviews into the leerrapport' })
  lead: boolean;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) submittedAt: string | null;
  @ApiProperty({ description: 'Whether the current user may open it' }) canOpen: boolean;
  @ApiProperty({ enum: REVIEW_ACCESS, description: "The state of the reviewer's invitation" })
  access: ReviewAccess;
  @ApiProperty({
    enum: REVIEW_PERSPECTIVES,
    description: 'reviewer: the user writes it; organisation: it reviews their active organisation',
  })
  perspective: ReviewPerspective;
}

export class FindingResponseDto implements FindingResponse {
  @ApiProperty() text: string;
  @ApiProperty({ type: UserRefDto }) respondedBy: UserRefDto;
  @ApiProperty({ format: 'date-time' }) respondedAt: string;
}

export class ReviewFindingResponseDto implements ReviewFinding {
  @ApiProperty({ example: 'VAK-03' }) criterionCode: string;
  @ApiProperty({ enum: PEER_JUDGEMENTS, nullable: true, type: String })
  judgement: PeerJudgement | null;
  @ApiProperty() finding: string;
  @ApiProperty() questions: string;
  @ApiProperty({
    type: FindingResponseDto,
    nullable: true,
    description: "The organisation's response",
  })
  response: FindingResponseDto | null;
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The verbeteractie made of it',
  })
  actionId: string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty() version: number;
}

export class OverallJudgementDto implements OverallJudgement {
  @ApiProperty({ enum: PEER_JUDGEMENTS, nullable: true, type: String })
  judgement: PeerJudgement | null;
  @ApiProperty() strengths: string;
  @ApiProperty() improvements: string;
}

export class ReviewDetailResponseDto extends ReviewSummaryResponseDto implements ReviewDetail {
  @ApiProperty({ type: OverallJudgementDto }) overall: OverallJudgementDto;
  @ApiProperty({
    type: [ReviewFindingResponseDto],
    description: 'In rubric order; only criteria written on',
  })
  findings: ReviewFindingResponseDto[];
  @ApiProperty() version: number;
}
