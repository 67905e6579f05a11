import { Module } from '@nestjs/common';

import { ActionsModule } from '../actions/actions.module';
import { AssessmentsModule } from '../assessments/assessments.module';
import { AuthModule } from '../auth/auth.module';
import { CheckInsModule } from '../check-ins/check-ins.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { LearningRecordsModule } from '../learning-records/learning-records.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { ReflectionsModule } from '../reflections/reflections.module';
import { ReviewsModule } from '../reviews/reviews.module';
import { TeamAgreementsModule } from '../team-agreements/team-agreements.module';
import { TeamSessionsModule } from '../team-sessions/team-sessions.module';
import { TeamsModule } from '../teams/teams.module';
import { DemoLearningService } from './demo-learning.service';
import { DemoReviewService } from './demo-review.service';
import { DemoRoundService } from './demo-round.service';
import { DemoYearService } from './demo-year.service';
import { DemoService } from './demo.service';

@Module({
  imports: [
    ActionsModule,
    AssessmentsModule,
    AuthModule,
    CheckInsModule,
    EvidenceModule,
    LearningRecordsModule,
    OrganisationsModule,
    ReflectionsModule,
    ReviewsModule,
    TeamAgreementsModule,
    TeamSessionsModule,
    TeamsModule,
  ],
  providers: [
    DemoLearningService,
    DemoReviewService,
    DemoRoundService,
    DemoService,
    DemoYearService,
  ],
  exports: [DemoService],
})
export class DemoModule {}
