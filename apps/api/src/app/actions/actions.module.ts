import { Module } from '@nestjs/common';

import { RoundAccessModule } from '../assessments/round-access.module';
import { AuditTrailModule } from '../audit-trail/audit-trail.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { ActionsController } from './actions.controller';
import { ActionsRepository } from './actions.repository';
import { ActionsService } from './actions.service';

@Module({
  imports: [AuditTrailModule, OrganisationsModule, RoundAccessModule],
  controllers: [ActionsController],
  providers: [ActionsRepository, ActionsService],
  exports: [ActionsService],
})
export class ActionsModule {}
