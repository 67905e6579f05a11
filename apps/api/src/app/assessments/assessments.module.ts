import { Module } from '@nestjs/common';

import { ActionsModule } from '../actions/actions.module';
import { AuditTrailModule } from '../audit-trail/audit-trail.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { RubricsModule } from '../rubrics/rubrics.module';
import { AssessmentRoundsController } from './assessment-rounds.controller';
import { AssessmentRoundsService } from './assessment-rounds.service';
import { AssessmentsRepository } from './assessments.repository';
import { CriterionResponsesController } from './criterion-responses.controller';
import { CriterionResponsesService } from './criterion-responses.service';
import { MyCriteriaController } from './my-criteria.controller';
import { MyCriteriaService } from './my-criteria.service';
import { ResponseEvidenceService } from './response-evidence.service';
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
    EvidenceModule,
    OrganisationsModule,
    RoundAccessModule,
    RubricsModule,
  ],
  controllers: [
    AssessmentRoundsController,
    CriterionResponsesController,
    MyCriteriaController,
    RoundEvidenceController,
    RoundUpgradeController,
  ],
  providers: [
    AssessmentRoundsService,
    AssessmentsRepository,
    CriterionResponsesService,
    MyCriteriaService,
    ResponseEvidenceService,
    RoundDetailsService,
    RoundStartService,
    RoundSubmissionService,
    RoundUpgradeService,
    RoundUpgradeWriter,
  ],
  exports: [
    AssessmentRoundsService,
    CriterionResponsesService,
    ResponseEvidenceService,
    RoundStartService,
    RoundSubmissionService,
  ],
})
export class AssessmentsModule {}
