import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { DestinationStream } from 'pino';

import { ActionsModule } from './actions/actions.module';
import { AssessmentsModule } from './assessments/assessments.module';
import { AuditTrailModule } from './audit-trail/audit-trail.module';
import { AuthModule } from './auth/auth.module';
import { BackupModule } from './backup/backup.module';
import { CheckInsModule } from './check-ins/check-ins.module';
import { CommentsModule } from './comments/comments.module';
import { CommonModule } from './common/common.module';
import { CsrfMiddleware } from './common/csrf/csrf.middleware';
import { JsonDepthMiddleware } from './common/json-depth.middleware';
import { JsonOnlyMiddleware } from './common/json-only.middleware';
import { RequestIdMiddleware } from './common/request-id.middleware';
import { AppConfig } from './config/app-config';
import { AppConfigModule } from './config/app-config.module';
import { DashboardsModule } from './dashboards/dashboards.module';
import { DatabaseHandle } from './database/database-handle';
import { DatabaseModule } from './database/database.module';
import { DecisionModelsModule } from './decision-models/decision-models.module';
import { DemoModule } from './demo/demo.module';
import { EvidenceModule } from './evidence/evidence.module';
import { ExportsModule } from './exports/exports.module';
import { HealthModule } from './health/health.module';
import { HomeModule } from './home/home.module';
import { JobsModule } from './jobs/jobs.module';
import { LearningRecordsModule } from './learning-records/learning-records.module';
import { LearningReportModule } from './learning-report/learning-report.module';
import { MailModule } from './mail/mail.module';
import { NotificationsModule } from './notifications/notifications.module';
import { ObservabilityModule } from './observability/observability.module';
import { OrganisationDataModule } from './organisation-data/organisation-data.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { PeerGroupsModule } from './peer-groups/peer-groups.module';
import { ReflectionsModule } from './reflections/reflections.module';
import { RemindersModule } from './reminders/reminders.module';
import { ReviewAccessModule } from './review-access/review-access.module';
import { ReviewsModule } from './reviews/reviews.module';
import { RubricsModule } from './rubrics/rubrics.module';
import { SearchModule } from './search/search.module';
import { TeamAgreementsModule } from './team-agreements/team-agreements.module';
import { TeamSessionsModule } from './team-sessions/team-sessions.module';
import { TeamsModule } from './teams/teams.module';

@Module({})
export class AppModule implements NestModule {
  static forRoot(
    config: AppConfig,
    database: DatabaseHandle,
    logDestination?: DestinationStream,
  ): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ActionsModule,
        AppConfigModule.forRoot(config),
        AssessmentsModule,
        AuditTrailModule,
        AuthModule,
        BackupModule,
        CommentsModule,
        CommonModule,
        DashboardsModule,
        DatabaseModule.forRoot(database),
        DecisionModelsModule,
        DemoModule,
        EvidenceModule,
        ExportsModule,
        HealthModule,
        JobsModule,
        MailModule,
        HomeModule,
        NotificationsModule,
        ObservabilityModule.forRoot(config, logDestination),
        OrganisationDataModule,
        OrganisationsModule,
        ReviewAccessModule,
        ReviewsModule,
        PeerGroupsModule,
        RemindersModule,
        RubricsModule,
        SearchModule,
        TeamsModule,
        ReflectionsModule,
        TeamSessionsModule,
        LearningRecordsModule,
        TeamAgreementsModule,
        CheckInsModule,
        LearningReportModule,
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(RequestIdMiddleware, CsrfMiddleware, JsonOnlyMiddleware, JsonDepthMiddleware)
      .forRoutes('*path');
  }
}
