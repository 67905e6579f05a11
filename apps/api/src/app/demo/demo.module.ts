import { Module } from '@nestjs/common';

import { ActionsModule } from '../actions/actions.module';
import { AssessmentsModule } from '../assessments/assessments.module';
import { AuthModule } from '../auth/auth.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { ReviewsModule } from '../reviews/reviews.module';
import { TeamsModule } from '../teams/teams.module';
import { DemoReviewService } from './demo-review.service';
import { DemoRoundService } from './demo-round.service';
import { DemoService } from './demo.service';

@Module({
  imports: [
    ActionsModule,
    AssessmentsModule,
    AuthModule,
    EvidenceModule,
    OrganisationsModule,
    ReviewsModule,
    TeamsModule,
  ],
  providers: [DemoReviewService, DemoRoundService, DemoService],
  exports: [DemoService],
})
export class DemoModule {}
