import { Module } from '@nestjs/common';

import { TeamsModule } from '../teams/teams.module';
import { TeamWorkAccessService } from './team-work-access.service';

/** Access to a team's shared work, used by sessions, agreements, check-ins and learning. */
@Module({
  imports: [TeamsModule],
  providers: [TeamWorkAccessService],
  exports: [TeamWorkAccessService],
})
export class TeamWorkModule {}
