import { canReadTeamWork, canRecordTeamWork, MemberRole, TeamRole } from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';

import { Actor } from '../common/auth/current-actor.decorator';
import { notFound, ProblemException } from '../common/problems/problem.exception';
import { TeamsService } from '../teams/teams.service';

export interface TeamInScope {
  id: string;
  name: string;
  teamRole: TeamRole | null;
}

/**
 * Who may read and record a team's shared work, on top of TeamsService. A team the actor may
 * not see answers 404, like another organisation's: a professional learns nothing of other teams.
 */
@Injectable()
export class TeamWorkAccessService {
  constructor(private readonly teams: TeamsService) {}

  async readable(actor: Actor, teamId: string): Promise<TeamInScope> {
    const team = await this.teams.findTeam(actor.organisationId, teamId);
    const teamRole = await this.teams.teamRoleOf(actor.organisationId, actor.userId, teamId);
    if (!team || !canReadTeamWork(actor.role as MemberRole, teamRole)) {
      throw notFound();
    }
    return { id: team.id, name: team.name, teamRole };
  }

  /** A team whose work the actor records (a lead, the quality officer); else 404 or 403. */
  async recordable(actor: Actor, teamId: string): Promise<TeamInScope> {
    const team = await this.readable(actor, teamId);
    if (!canRecordTeamWork(actor.role as MemberRole, team.teamRole)) {
      throw new ProblemException(403, 'not-team-lead');
    }
    return team;
  }

  /** A team the actor is in (to answer a check-in or write a reflection); else 404 or 422. */
  async memberOf(actor: Actor, teamId: string): Promise<TeamInScope> {
    const team = await this.readable(actor, teamId);
    if (team.teamRole === null) {
      throw new ProblemException(422, 'not-in-team');
    }
    return team;
  }

  /** The ids of the teams whose work the actor reads: all for those who see all, else their own. */
  async readableTeamIds(actor: Actor): Promise<string[] | null> {
    if (canReadTeamWork(actor.role as MemberRole, null)) {
      return null;
    }
    return (await this.teams.teamsOf(actor.organisationId, actor.userId)).map((t) => t.teamId);
  }

  /** Team names by id, for lists. */
  async names(actor: Actor): Promise<Map<string, string>> {
    const teams = await this.teams.list({
      organisationId: actor.organisationId,
      userId: actor.userId,
      role: actor.role as MemberRole,
    });
    return new Map(teams.map((team) => [team.id, team.name]));
  }
}
