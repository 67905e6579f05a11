import {
  HomeAction,
  HomeActions,
  HomeAdmin,
  HomeMyCriteria,
  HomeOverview,
  HomeRound,
  MEMBER_ROLES,
  MemberRole,
  ROUND_STATUSES,
  RoundStatus,
} from '@labelklaar/domain';

import { ApiProperty } from '@nestjs/swagger';

import { MyCriterionResponseDto } from '../../assessments/dto/assessment-round-response.dto';
import { AuditBlockerDto } from '../../dashboards/dto/round-readiness-report.dto';

export class HomeRoundDto implements HomeRound {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: ROUND_STATUSES }) status: RoundStatus;
  @ApiProperty({ format: 'date' }) targetDate: string;
  @ApiProperty({ format: 'date' }) selfEvaluationDeadline: string;
  @ApiProperty({ description: 'Calendar days from today to the deadline; negative once past' })
  daysToDeadline: number;
  @ApiProperty({ description: 'Calendar days from today to the target date; negative once past' })
  daysToTarget: number;
  @ApiProperty() isSelfEvaluationOverdue: boolean;
  @ApiProperty({ nullable: true, type: Number, description: 'Readiness percentage (one decimal)' })
  readiness: number | null;
  @ApiProperty() blockerCount: number;
  @ApiProperty({ type: [AuditBlockerDto], description: 'The heaviest blockers, at most five' })
  blockers: AuditBlockerDto[];
  @ApiProperty({ description: 'Answers marked ready for review' }) readyForReviewCount: number;
  @ApiProperty() answered: number;
  @ApiProperty() total: number;
}

export class HomeActionDto implements HomeAction {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) roundId: string;
  @ApiProperty() criterionCode: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) dueDate: string | null;
  @ApiProperty() isOverdue: boolean;
  @ApiProperty({ nullable: true, type: String }) ownerName: string | null;
}

export class HomeActionsDto implements HomeActions {
  @ApiProperty() overdue: number;
  @ApiProperty() dueSoon: number;
  @ApiProperty({ type: [HomeActionDto], description: 'Soonest due first, at most five' })
  items: HomeActionDto[];
}

export class HomeMyCriteriaDto implements HomeMyCriteria {
  @ApiProperty() total: number;
  @ApiProperty({ description: 'Not yet marked ready for review' }) toDo: number;
  @ApiProperty({ description: 'Neither scored nor not applicable' }) unanswered: number;
  @ApiProperty({ type: [MyCriterionResponseDto], description: 'Still to do, at most ten' })
  items: MyCriterionResponseDto[];
}

export class HomeAdminDto implements HomeAdmin {
  @ApiProperty() rubricCount: number;
  @ApiProperty({ description: 'Organisations counted in the sector figures' })
  sectorOrganisations: number;
}

export class HomeOverviewDto implements HomeOverview {
  @ApiProperty({ format: 'date' }) referenceDate: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) organisationId: string | null;
  @ApiProperty({ nullable: true, type: String }) organisationName: string | null;
  @ApiProperty({ enum: MEMBER_ROLES, nullable: true }) role: MemberRole | null;
  @ApiProperty() isPlatformAdmin: boolean;
  @ApiProperty({ type: [HomeRoundDto] }) rounds: HomeRoundDto[];
  @ApiProperty({ type: HomeActionsDto, nullable: true }) actions: HomeActionsDto | null;
  @ApiProperty({ type: HomeMyCriteriaDto, nullable: true }) myCriteria: HomeMyCriteriaDto | null;
  @ApiProperty({ type: HomeAdminDto, nullable: true }) admin: HomeAdminDto | null;
}
