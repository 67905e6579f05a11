import { Module } from '@nestjs/common';

import { ActionsModule } from '../actions/actions.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { TeamWorkModule } from '../team-work/team-work.module';
import { CheckInsController } from './check-ins.controller';
import { CheckInsRepository } from './check-ins.repository';
import { CheckInsService } from './check-ins.service';

@Module({
  imports: [ActionsModule, OrganisationsModule, TeamWorkModule],
  controllers: [CheckInsController],
  providers: [CheckInsRepository, CheckInsService],
  exports: [CheckInsService],
})
export class CheckInsModule {}
