import { Module } from '@nestjs/common';

import { OrganisationsModule } from '../organisations/organisations.module';
import { TeamWorkModule } from '../team-work/team-work.module';
import { TeamAgreementsController } from './team-agreements.controller';
import { TeamAgreementsRepository } from './team-agreements.repository';
import { TeamAgreementsService } from './team-agreements.service';

@Module({
  imports: [OrganisationsModule, TeamWorkModule],
  controllers: [TeamAgreementsController],
  providers: [TeamAgreementsRepository, TeamAgreementsService],
  exports: [TeamAgreementsService],
})
export class TeamAgreementsModule {}
