import {
  AssessmentRound,
  AssessmentRoundDetail,
  CriterionResponse,
  DomainCode,
  DomainProgress,
  MyCriterion,
  RESPONSE_CHECK_STATUSES,
  RESPONSE_STATES,
  ResponseCheckStatus,
  ResponseReview,
  ResponseState,
  ROUND_ROUTES,
  ROUND_STATUSES,
  RoundProgress,
  RoundRoute,
  RoundSignOff,
  RoundStatus,
  SubmittedRound,
} from '@labelklaar/domain';

import { ApiProperty } from '@nestjs/swagger';

import { MemberRefDto, UserRefDto } from '../../common/dto/refs.dto';
import { LinkedEvidenceResponseDto } from '../../evidence/dto/evidence-response.dto';
import { ParticipationEntryDto } from './participation-entry.dto';

const DOMAIN_CODES: DomainCode[] = ['OPD', 'VMS', 'VAK', 'IMP'];

class DomainProgressDto implements DomainProgress {
  @ApiProperty({ enum: DOMAIN_CODES }) code: DomainCode;
  @ApiProperty() total: number;
  @ApiProperty() answered: number;
}

class RoundProgressDto implements RoundProgress {
  @ApiProperty() total: number;
  @ApiProperty({ description: 'Scored on the scale, or not applicable where allowed' })
  answered: number;
  @ApiProperty() readyForReview: number;
  @ApiProperty() carriedOver: number;
  @ApiProperty({ type: [DomainProgressDto] }) domains: DomainProgressDto[];
}

class RoundSignOffDto implements RoundSignOff {
  @ApiProperty({ example: 'A. de Vries' }) name: string;
  @ApiProperty({ example: 'directeur-bestuurder' }) function: string;
  @ApiProperty({ format: 'date', description: 'The day of the vaststelling' }) date: string;
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
  @ApiProperty({ type: UserRefDto, nullable: true }) recordedBy: UserRefDto | null;
}

export class AssessmentRoundResponseDto implements AssessmentRound {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() rubricId: string;
  @ApiProperty() rubricVersion: string;
  @ApiProperty({ format: 'date' }) targetDate: string;
  @ApiProperty({ enum: ROUND_ROUTES }) route: RoundRoute;
  @ApiProperty({ format: 'date' }) selfEvaluationDeadline: string;
  @ApiProperty() ambitions: string;
  @ApiProperty() bottlenecks: string;
  @ApiProperty({ type: [ParticipationEntryDto] }) participation: ParticipationEntryDto[];
  @ApiProperty({ enum: ROUND_STATUSES }) status: RoundStatus;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) previousRoundId: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'sha256 of the canonical content, once submitted',
  })
  contentHash: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) submittedAt: string | null;
  @ApiProperty({ type: UserRefDto, nullable: true }) submittedBy: UserRefDto | null;
  @ApiProperty({
    format: 'date-time',
    nullable: true,
    type: String,
    description: 'When the round was withdrawn: it is then in no list, dashboard or trend',
  })
  withdrawnAt: string | null;
  @ApiProperty({
    type: RoundSignOffDto,
    nullable: true,
    description: 'The vaststelling by a manager (name, function, day), or null',
  })
  signOff: RoundSignOffDto | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ type: UserRefDto, nullable: true }) updatedBy: UserRefDto | null;
  @ApiProperty() version: number;
  @ApiProperty() isSelfEvaluationOverdue: boolean;
  @ApiProperty({ type: RoundProgressDto }) progress: RoundProgressDto;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '1.1.0',
    description:
      "The latest published version of the round's rubric later than the one it is on (an open round can be upgraded to it), or null",
  })
  newerVersion: string | null;
}

export class ResponseReviewDto implements ResponseReview {
  @ApiProperty({ enum: RESPONSE_CHECK_STATUSES }) status: ResponseCheckStatus;
  @ApiProperty({ nullable: true, type: String, description: 'Why it was sent back' })
  comment: string | null;
  @ApiProperty({ format: 'date-time' }) reviewedAt: string;
  @ApiProperty({ type: UserRefDto, nullable: true }) reviewedBy: UserRefDto | null;
}

export class CriterionResponseDto implements CriterionResponse {
  @ApiProperty({ format: 'uuid' }) roundId: string;
  @ApiProperty() criterionCode: string;
  @ApiProperty({ nullable: true, type: Number }) level: number | null;
  @ApiProperty({ nullable: true, type: Number }) targetLevel: number | null;
  @ApiProperty() rationale: string;
  @ApiProperty() notApplicable: boolean;
  @ApiProperty({ nullable: true, type: String }) notApplicableReason: string | null;
  @ApiProperty({ enum: RESPONSE_STATES }) state: ResponseState;
  @ApiProperty({ type: MemberRefDto, nullable: true }) owner: MemberRefDto | null;
  @ApiProperty({ description: 'Carried over from the last round and not yet confirmed' })
  isCarriedOver: boolean;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ type: UserRefDto, nullable: true }) updatedBy: UserRefDto | null;
  @ApiProperty({
    type: [LinkedEvidenceResponseDto],
    description: 'isExpired is as of the round target date',
  })
  evidence: LinkedEvidenceResponseDto[];
  @ApiProperty({
    type: ResponseReviewDto,
    nullable: true,
    description:
      "The quality officer's check of an answer marked ready (klaar voor controle): accepted, or sent back with a comment",
  })
  review: ResponseReviewDto | null;
}

export class AssessmentRoundDetailResponseDto
  extends AssessmentRoundResponseDto
  implements AssessmentRoundDetail
{
  @ApiProperty({ type: [CriterionResponseDto] }) responses: CriterionResponseDto[];
}

export class SubmittedRoundResponseDto implements SubmittedRound {
  @ApiProperty({ enum: ['submitted'] }) status: 'submitted';
  @ApiProperty({ description: 'sha256 (hex) of the canonical round content (GET …/content)' })
  contentHash: string;
  @ApiProperty({ format: 'date-time' }) submittedAt: string;
}

export class MyCriterionResponseDto implements MyCriterion {
  @ApiProperty({ format: 'uuid' }) roundId: string;
  @ApiProperty() roundTitle: string;
  @ApiProperty({ format: 'date' }) targetDate: string;
  @ApiProperty({ format: 'date' }) selfEvaluationDeadline: string;
  @ApiProperty() isSelfEvaluationOverdue: boolean;
  @ApiProperty() criterionCode: string;
  @ApiProperty() criterionTitle: string;
  @ApiProperty({ enum: DOMAIN_CODES }) domainCode: DomainCode;
  @ApiProperty({ nullable: true, type: Number }) level: number | null;
  @ApiProperty() notApplicable: boolean;
  @ApiProperty({ enum: RESPONSE_STATES }) state: ResponseState;
  @ApiProperty() isCarriedOver: boolean;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ type: ResponseReviewDto, nullable: true }) review: ResponseReviewDto | null;
}
