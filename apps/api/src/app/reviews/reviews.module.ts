import { Module } from '@nestjs/common';

import { ActionsModule } from '../actions/actions.module';
import { RoundAccessModule } from '../assessments/round-access.module';
import { AuditTrailModule } from '../audit-trail/audit-trail.module';
import { DashboardsModule } from '../dashboards/dashboards.module';
import { ExportsModule } from '../exports/exports.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { HearingCheckService } from './hearing-check.service';
import { HearingService } from './hearing.service';
import { LeerrapportExportService } from './leerrapport-export.service';
import { LeerrapportController } from './leerrapport.controller';
import { LeerrapportService } from './leerrapport.service';
import { PeerGapsService } from './peer-gaps.service';
import { ReviewNotifications } from './review-notifications';
import { ReviewWritingService } from './review-writing.service';
import { ReviewsController } from './reviews.controller';
import { ReviewsRepository } from './reviews.repository';
import { ReviewsService } from './reviews.service';

/**
 * Reviews (intercollegiale toetsing): each reviewer's review, the findings, the leerrapport with
 * hoor en wederhoor, the self-vs-peer gaps and the leerrapport PDF. The review-access context
 * (invitations, reviewer scope) opens reviews through the exported ReviewsService; the demo uses
 * the others to build a finished review.
 */
@Module({
  imports: [
    ActionsModule,
    AuditTrailModule,
    DashboardsModule,
    ExportsModule,
    NotificationsModule,
    OrganisationsModule,
    RoundAccessModule,
  ],
  controllers: [LeerrapportController, ReviewsController],
  providers: [
    ReviewNotifications,
    HearingCheckService,
    HearingService,
    LeerrapportExportService,
    LeerrapportService,
    PeerGapsService,
    ReviewsRepository,
    ReviewsService,
    ReviewWritingService,
  ],
  exports: [HearingService, LeerrapportService, ReviewsService, ReviewWritingService],
})
export class ReviewsModule {}
