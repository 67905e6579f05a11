import { Module } from '@nestjs/common';

import { RubricsModule } from '../rubrics/rubrics.module';
import { OrganisationTrendController } from './organisation-trend.controller';
import { OrganisationTrendService } from './organisation-trend.service';
import { RoundComparisonService } from './round-comparison.service';
import { RoundDashboardsController } from './round-dashboards.controller';
import { RoundReportReadModel } from './round-report.read-model';
import { RoundReportService } from './round-report.service';
import { SectorReadinessController } from './sector-readiness.controller';
import { SectorReadinessService } from './sector-readiness.service';

/**
 * Dashboards: a round's readiness report, the organisation's trend, the comparison of two rounds
 * and the anonymised sector view. Every figure comes from libs/domain (dashboard); this module
 * only loads the data, in a fixed number of queries. RoundReportService is exported for the exports,
 * it and SectorReadinessService for the home page.
 */
@Module({
  imports: [RubricsModule],
  controllers: [OrganisationTrendController, RoundDashboardsController, SectorReadinessController],
  providers: [
    OrganisationTrendService,
    RoundComparisonService,
    RoundReportReadModel,
    RoundReportService,
    SectorReadinessService,
  ],
  exports: [RoundReportService, SectorReadinessService],
})
export class DashboardsModule {}
