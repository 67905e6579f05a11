import { Global, Module } from '@nestjs/common';

import { RoundAccessModule } from '../assessments/round-access.module';
import { AuditTrailModule } from '../audit-trail/audit-trail.module';
import { AuthModule } from '../auth/auth.module';
import { REVIEWER_SCOPE } from '../common/auth/reviewer-scope';
import { OrganisationsModule } from '../organisations/organisations.module';
import { ReviewsModule } from '../reviews/reviews.module';
import { ReviewInvitationAcceptanceController } from './review-invitation-acceptance.controller';
import { ReviewInvitationAcceptanceService } from './review-invitation-acceptance.service';
import { ReviewInvitationsController } from './review-invitations.controller';
import { ReviewInvitationsReadModel } from './review-invitations.read-model';
import { ReviewInvitationsRepository } from './review-invitations.repository';
import { ReviewInvitationsService } from './review-invitations.service';
import { ReviewerScopeService } from './reviewer-scope.service';

/**
 * Review invitations and the reviewer scope. Global, so that the session guard (auth) finds
 * REVIEWER_SCOPE and other contexts (reviews, peer groups) the invitations service without an
 * import cycle.
 */
@Global()
@Module({
  imports: [AuditTrailModule, AuthModule, OrganisationsModule, ReviewsModule, RoundAccessModule],
  controllers: [ReviewInvitationAcceptanceController, ReviewInvitationsController],
  providers: [
    ReviewInvitationAcceptanceService,
    ReviewInvitationsReadModel,
    ReviewInvitationsRepository,
    ReviewInvitationsService,
    ReviewerScopeService,
    { provide: REVIEWER_SCOPE, useExisting: ReviewerScopeService },
  ],
  exports: [REVIEWER_SCOPE, ReviewInvitationAcceptanceService, ReviewInvitationsService],
})
export class ReviewAccessModule {}
