import {
  ActionOwnerSummary,
  ActionSummary,
  AuditBlocker,
  BlockingStatus,
  CRITERION_STATUSES,
  CriterionStatus,
  DomainCode,
  DomainReadiness,
  ExpiringEvidence,
  HeatmapRow,
  ReadinessSummary,
  ReportRound,
  ROUND_STATUSES,
  RoundReadinessReport,
  RoundStatus,
  StatusCounts,
} from '@labelklaar/domain';

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { MemberRefDto } from '../../common/dto/refs.dto';

export const DOMAIN_CODES: DomainCode[] = ['OPD', 'VMS', 'VAK', 'IMP'];
const BLOCKING_STATUSES = CRITERION_STATUSES.filter(
  (status) => status !== 'met' && status !== 'not-applicable',
);

export class StatusCountsDto implements StatusCounts {
  @ApiProperty() met: number;
  @ApiProperty() gap: number;
  @ApiProperty() 'not-scored': number;
  @ApiProperty() 'not-applicable': number;
  @ApiProperty() 'evidence-missing': number;
  @ApiProperty() 'evidence-expired': number;
}

export class ReadinessSummaryDto implements ReadinessSummary {
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Met weight as a percentage of applicable weight (one decimal); null without any',
  })
  score: number | null;
  @ApiProperty({ type: StatusCountsDto }) counts: StatusCountsDto;
  @ApiProperty() metWeight: number;
  @ApiProperty() applicableWeight: number;
}

export class DomainReadinessDto extends ReadinessSummaryDto implements DomainReadiness {
  @ApiProperty({ enum: DOMAIN_CODES }) code: DomainCode;
  @ApiProperty() title: string;
}

export class HeatmapRowDto implements HeatmapRow {
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: DOMAIN_CODES }) domainCode: DomainCode;
  @ApiProperty() weight: number;
  @ApiProperty() required: boolean;
  @ApiProperty({ enum: CRITERION_STATUSES }) status: CriterionStatus;
  @ApiProperty({ nullable: true, type: Number, description: 'The self-assessed level' })
  level: number | null;
  @ApiProperty({ description: 'The level from which the rubric counts the criterion as met' })
  metLevel: number;
  @ApiProperty({ description: "The organisation's ambition; the met level unless it set one" })
  targetLevel: number;
  @ApiProperty({ description: "Top of the criterion's maturity scale" }) maxLevel: number;
}

export class AuditBlockerDto implements AuditBlocker {
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: DOMAIN_CODES }) domainCode: DomainCode;
  @ApiProperty() weight: number;
  @ApiProperty({ enum: BLOCKING_STATUSES }) status: BlockingStatus;
}

export class ExpiringEvidenceDto implements ExpiringEvidence {
  @ApiProperty({ format: 'uuid' }) evidenceId: string;
  @ApiProperty() title: string;
  @ApiProperty() kind: string;
  @ApiProperty({ format: 'date', description: 'Its last valid day' }) validUntil: string;
  @ApiProperty({ type: [String], description: 'The criteria of the round it supports' })
  criterionCodes: string[];
}

export class ActionOwnerSummaryDto implements ActionOwnerSummary {
  @ApiProperty({ type: MemberRefDto, nullable: true, description: 'Null: nobody owns them' })
  owner: MemberRefDto | null;
  @ApiProperty() open: number;
  @ApiProperty() overdue: number;
}

export class ActionSummaryDto implements ActionSummary {
  @ApiProperty({ description: 'Open and in progress' }) open: number;
  @ApiProperty({ description: 'Open or in progress after their due date' }) overdue: number;
  @ApiProperty() done: number;
  @ApiProperty({ type: [ActionOwnerSummaryDto], description: 'Owners with open actions' })
  byOwner: ActionOwnerSummaryDto[];
}

export class ReportRoundDto implements ReportRound {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: ROUND_STATUSES }) status: RoundStatus;
  @ApiProperty({ format: 'date' }) targetDate: string;
  @ApiProperty() rubricId: string;
  @ApiProperty() rubricVersion: string;
  @ApiProperty({ nullable: true, type: String, description: 'sha256, once submitted' })
  contentHash: string | null;
}

export class RoundReadinessReportDto implements RoundReadinessReport {
  @ApiProperty({ type: ReportRoundDto }) round: ReportRoundDto;
  @ApiProperty({ format: 'date', description: 'The day the figures are for: today' })
  referenceDate: string;
  @ApiProperty({ description: 'Calendar days to the target date; negative once past' })
  daysToTarget: number;
  @ApiProperty({ description: 'The readiness the label asks for (100)' }) targetScore: number;
  @ApiProperty({ type: ReadinessSummaryDto }) overall: ReadinessSummaryDto;
  @ApiProperty({ type: [DomainReadinessDto] }) domains: DomainReadinessDto[];
  @ApiProperty({ type: [HeatmapRowDto], description: 'Every criterion, in rubric order' })
  criteria: HeatmapRowDto[];
  @ApiProperty({ type: StatusCountsDto }) statusCounts: StatusCountsDto;
  @ApiProperty({
    type: [AuditBlockerDto],
    description:
      'Required criteria not met or without valid evidence on blockersOn, heaviest first',
  })
  blockers: AuditBlockerDto[];
  @ApiPropertyOptional({
    format: 'date',
    description: 'The target date, or today once the target date has passed',
  })
  blockersOn?: string;
  @ApiProperty({
    type: [ExpiringEvidenceDto],
    description: 'Valid today, expired by the target date, soonest first',
  })
  expiringBeforeTarget: ExpiringEvidenceDto[];
  @ApiProperty({ type: ActionSummaryDto }) actions: ActionSummaryDto;
}
