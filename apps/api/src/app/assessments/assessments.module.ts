import { Module } from '@nestjs/common';

import { ActionsModule } from '../actions/actions.module';
import { AuditTrailModule } from '../audit-trail/audit-trail.module';
import { DashboardsModule } from '../dashboards/dashboards.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { RubricsModule } from '../rubrics/rubrics.module';
import { AssessmentNotifications } from './assessment-notifications';
import { AssessmentRoundsController } from './assessment-rounds.controller';
import { AssessmentRoundsService } from './assessment-rounds.service';
import { AssessmentsRepository } from './assessments.repository';
import { CriterionResponsesController } from './criterion-responses.controller';
import { CriterionResponsesService } from './criterion-responses.service';
import { EvidenceRevisionsController } from './evidence-revisions.controller';
import { EvidenceRevisionsService } from './evidence-revisions.service';
import { MyCriteriaController } from './my-criteria.controller';
import { MyCriteriaService } from './my-criteria.service';
import { ResponseEvidenceService } from './response-evidence.service';
import { ResponseReviewController } from './response-review.controller';
import { ResponseReviewService } from './response-review.service';
import { RoundAccessModule } from './round-access.module';
import { RoundDetailsService } from './round-details.service';
import { RoundEvidenceController } from './round-evidence.controller';
import { RoundStartService } from './round-start.service';
import { RoundSubmissionService } from './round-submission.service';
import { RoundUpgradeController } from './round-upgrade.controller';
import { RoundUpgradeService } from './round-upgrade.service';
import { RoundUpgradeWriter } from './round-upgrade.writer';

@Module({
  imports: [
    ActionsModule,
    AuditTrailModule,
    DashboardsModule,
    EvidenceModule,
    NotificationsModule,
    OrganisationsModule,
    RoundAccessModule,
    RubricsModule,
  ],
  controllers: [
    AssessmentRoundsController,
    CriterionResponsesController,
    EvidenceRevisionsController,
    MyCriteriaController,
    ResponseReviewController,
    RoundEvidenceController,
    RoundUpgradeController,
  ],
  providers: [
    AssessmentNotifications,
    AssessmentRoundsService,
    AssessmentsRepository,
    CriterionResponsesService,
    EvidenceRevisionsService,
    MyCriteriaService,
    ResponseEvidenceService,
    ResponseReviewService,
    RoundDetailsService,
    RoundStartService,
    RoundSubmissionService,
    RoundUpgradeService,
    RoundUpgradeWriter,
  ],
  exports: [
    AssessmentRoundsService,
    CriterionResponsesService,
    MyCriteriaService,
    ResponseEvidenceService,
    RoundStartService,
    RoundSubmissionService,
  ],
})
export class AssessmentsModule {}
