import { Module } from '@nestjs/common';

import { ActionsModule } from '../actions/actions.module';
import { AssessmentsModule } from '../assessments/assessments.module';
import { DashboardsModule } from '../dashboards/dashboards.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { RubricsModule } from '../rubrics/rubrics.module';
import { HomeController } from './home.controller';
import { HomeService } from './home.service';

/** The home page's read model: no table, no rule of its own; it reads through other contexts. */
@Module({
  imports: [ActionsModule, AssessmentsModule, DashboardsModule, OrganisationsModule, RubricsModule],
  controllers: [HomeController],
  providers: [HomeService],
})
export class HomeModule {}
