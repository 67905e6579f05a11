import { Module } from '@nestjs/common';

import { ActionsModule } from '../actions/actions.module';
import { AssessmentsModule } from '../assessments/assessments.module';
import { RoundAccessModule } from '../assessments/round-access.module';
import { CheckInsModule } from '../check-ins/check-ins.module';
import { DecisionModelsModule } from '../decision-models/decision-models.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { ExportsModule } from '../exports/exports.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { ReflectionsModule } from '../reflections/reflections.module';
import { TeamAgreementsModule } from '../team-agreements/team-agreements.module';
import { TeamSessionsModule } from '../team-sessions/team-sessions.module';
import { TeamsModule } from '../teams/teams.module';
import { LearningEvidenceService } from './learning-evidence.service';
import { LearningReportController } from './learning-report.controller';
import { LearningReportReadModel } from './learning-report.read-model';
import { LearningReportService } from './learning-report.service';

/** The learning report (issue 16) and the step that makes it evidence in a round. */
@Module({
  imports: [
    ActionsModule,
    AssessmentsModule,
    CheckInsModule,
    DecisionModelsModule,
    EvidenceModule,
    ExportsModule,
    OrganisationsModule,
    ReflectionsModule,
    RoundAccessModule,
    TeamAgreementsModule,
    TeamSessionsModule,
    TeamsModule,
  ],
  controllers: [LearningReportController],
  providers: [LearningEvidenceService, LearningReportReadModel, LearningReportService],
})
export class LearningReportModule {}
