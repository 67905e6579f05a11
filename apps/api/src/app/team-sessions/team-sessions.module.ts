import { Module } from '@nestjs/common';

import { OrganisationsModule } from '../organisations/organisations.module';
import { ReflectionsModule } from '../reflections/reflections.module';
import { TeamWorkModule } from '../team-work/team-work.module';
import { TeamSessionsController } from './team-sessions.controller';
import { TeamSessionsRepository } from './team-sessions.repository';
import { TeamSessionsService } from './team-sessions.service';

@Module({
  imports: [OrganisationsModule, ReflectionsModule, TeamWorkModule],
  controllers: [TeamSessionsController],
  providers: [TeamSessionsRepository, TeamSessionsService],
  exports: [TeamSessionsService],
})
export class TeamSessionsModule {}
