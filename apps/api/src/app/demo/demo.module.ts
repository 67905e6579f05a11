import { Module } from '@nestjs/common';

import { ActionsModule } from '../actions/actions.module';
import { AssessmentsModule } from '../assessments/assessments.module';
import { AuthModule } from '../auth/auth.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { DemoRoundService } from './demo-round.service';
import { DemoService } from './demo.service';

@Module({
  imports: [ActionsModule, AssessmentsModule, AuthModule, EvidenceModule, OrganisationsModule],
  providers: [DemoRoundService, DemoService],
  exports: [DemoService],
})
export class DemoModule {}
