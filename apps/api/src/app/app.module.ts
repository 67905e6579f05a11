import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';

import { ActionsModule } from './actions/actions.module';
import { AssessmentsModule } from './assessments/assessments.module';
import { AuditTrailModule } from './audit-trail/audit-trail.module';
import { AuthModule } from './auth/auth.module';
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
import { DemoModule } from './demo/demo.module';
import { EvidenceModule } from './evidence/evidence.module';
import { ExportsModule } from './exports/exports.module';
import { HealthModule } from './health/health.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { PeerGroupsModule } from './peer-groups/peer-groups.module';
import { ReviewAccessModule } from './review-access/review-access.module';
import { ReviewsModule } from './reviews/reviews.module';
import { RubricsModule } from './rubrics/rubrics.module';

@Module({})
export class AppModule implements NestModule {
  static forRoot(config: AppConfig, database: DatabaseHandle): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ActionsModule,
        AppConfigModule.forRoot(config),
        AssessmentsModule,
        AuditTrailModule,
        AuthModule,
        CommonModule,
        DashboardsModule,
        DatabaseModule.forRoot(database),
        DemoModule,
        EvidenceModule,
        ExportsModule,
        HealthModule,
        OrganisationsModule,
        ReviewAccessModule,
        ReviewsModule,
        PeerGroupsModule,
        RubricsModule,
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(RequestIdMiddleware, CsrfMiddleware, JsonOnlyMiddleware, JsonDepthMiddleware)
      .forRoutes('*path');
  }
}
