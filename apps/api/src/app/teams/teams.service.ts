import {
  canManageTeamMembers,
  MemberRole,
  NewTeam,
  normaliseTeamDescription,
  normaliseTeamName,
  seesAllTeams,
  TeamChanges,
  TeamDetail,
  TeamMember,
  teamNameKey,
  TeamRole,
  TeamSummary,
} from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';

import { forbidden, notFound, ProblemException } from '../common/problems/problem.exception';
import { isUniqueViolation } from '../common/unique-violation';
import { TeamEntity } from './entities/team.entity';
import { TeamMemberRow, TeamsRepository } from './teams.repository';

/** Who asks: their organisation (from the session), their user and their organisation role. */
export interface TeamActor {
  organisationId: string;
  userId: string;
  role: MemberRole;
}

/** A team someone is in, as other contexts (reflections, sessions, check-ins) need it. */
export interface TeamOfMember {
  teamId: string;
  name: string;
  teamRole: TeamRole;
}

const NAME_TAKEN = 'uq_teams_organisation_id_name_key';

/**
 * Teams of an organisation and who is in them. Other contexts use the membership checks
 * (`isMember`, `isLead`, `teamRoleOf`, `teamsOf`, `findTeam`, `memberUserIds`); every method takes
 * the organisation id from the session, and a team of another organisation is simply not found.
 */
@Injectable()
export class TeamsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: TeamsRepository,
  ) {}

  // ---- Read model for other contexts --------------------------------------------------------

  /** The user's role in the team, or null when they are not in it (or it is another organisation's). */
  async teamRoleOf(
    organisationId: string,
    userId: string,
    teamId: string,
  ): Promise<TeamRole | null> {
    const teams = await this.repository.teamsOfUser(organisationId, userId);
    return teams.find((team) => team.teamId === teamId)?.teamRole ?? null;
  }

  async isMember(organisationId: string, userId: string, teamId: string): Promise<boolean> {
    return (await this.teamRoleOf(organisationId, userId, teamId)) !== null;
  }

  async isLead(organisationId: string, userId: string, teamId: string): Promise<boolean> {
    return (await this.teamRoleOf(organisationId, userId, teamId)) === 'lead';
  }

  /** The teams the user is in within the organisation, by name. */
  teamsOf(organisationId: string, userId: string): Promise<TeamOfMember[]> {
    return this.repository.teamsOfUser(organisationId, userId);
  }

  /** The team's id and name, or null for an unknown team or another organisation's. */
  async findTeam(
    organisationId: string,
    teamId: string,
  ): Promise<{ id: string; name: string } | null> {
    const team = await this.repository.findTeam(organisationId, teamId);
    return team ? { id: team.id, name: team.name } : null;
  }

  /** The users in the team (for reminders and the count of authors); empty for an unknown team. */
  async memberUserIds(organisationId: string, teamId: string): Promise<string[]> {
    return (await this.repository.membersOf(organisationId, [teamId])).map((row) => row.userId);
  }

  // ---- The teams API ------------------------------------------------------------------------

  /** Every team for those who see all of them; a professional only the teams they are in. */
  async list(actor: TeamActor): Promise<TeamSummary[]> {
    const [teams, mine] = await Promise.all([
      this.repository.listTeams(actor.organisationId),
      this.repository.teamsOfUser(actor.organisationId, actor.userId),
    ]);
    const myRoles = new Map(mine.map((team) => [team.teamId, team.teamRole]));
    const shown = seesAllTeams(actor.role) ? teams : teams.filter((team) => myRoles.has(team.id));
    const members = await this.repository.membersOf(
      actor.organisationId,
      shown.map((team) => team.id),
    );
    return shown.map((team) =>
      toSummary(
        team,
        members.filter((row) => row.teamId === team.id),
        myRoles.get(team.id) ?? null,
      ),
    );
  }

  async detail(actor: TeamActor, teamId: string): Promise<TeamDetail> {
    return this.detailWith(this.dataSource.manager, actor, teamId);
  }

  async create(actor: TeamActor, input: NewTeam): Promise<TeamDetail> {
    const name = normaliseTeamName(input.name);
    const description = normaliseTeamDescription(input.description);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const team = await this.repository.insertTeam(manager, {
          organisationId: actor.organisationId,
          name,
          nameKey: teamNameKey(name),
          description,
        });
        return this.detailWith(manager, actor, team.id);
      });
    } catch (error) {
      throw this.nameTaken(error, name);
    }
  }

  async update(actor: TeamActor, teamId: string, changes: TeamChanges): Promise<TeamDetail> {
    const name = changes.name === undefined ? undefined : normaliseTeamName(changes.name);
    const description =
      changes.description === undefined ? undefined : normaliseTeamDescription(changes.description);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const team = await this.repository.findTeam(actor.organisationId, teamId, manager, true);
        if (!team) {
          throw notFound();
        }
        await this.repository.updateTeam(manager, team.id, {
          ...(name === undefined ? {} : { name, nameKey: teamNameKey(name) }),
          ...(description === undefined ? {} : { description }),
        });
        return this.detailWith(manager, actor, team.id);
      });
    } catch (error) {
      throw this.nameTaken(error, name ?? '');
    }
  }

  /**
   * Removes the team and its memberships. When another context keeps records that must not go
   * with it (a foreign key without cascade), PostgreSQL refuses and the team stays: 409.
   */
  async remove(actor: TeamActor, teamId: string): Promise<void> {
    try {
      await this.dataSource.transaction(async (manager) => {
        const team = await this.repository.findTeam(actor.organisationId, teamId, manager, true);
        if (!team) {
          throw notFound();
        }
        await this.repository.deleteTeam(manager, team.id);
      });
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { code?: string }).code === '23503'
      ) {
        throw new ProblemException(409, 'team-has-records');
      }
      throw error;
    }
  }

  /** Adds a member of the organisation to the team, or changes their role in it. */
  putMember(
    actor: TeamActor,
    teamId: string,
    memberId: string,
    teamRole: TeamRole,
  ): Promise<TeamDetail> {
    return this.dataSource.transaction(async (manager) => {
      const team = await this.manageable(manager, actor, teamId);
      const membership = await this.repository.findMembership(
        actor.organisationId,
        memberId,
        manager,
      );
      if (!membership) {
        throw new ProblemException(422, 'unknown-member', {}, [], { unknown: [memberId] });
      }
      await this.repository.upsertMember(manager, team.id, membership.id, teamRole);
      return this.detailWith(manager, actor, team.id);
    });
  }

  removeMember(actor: TeamActor, teamId: string, memberId: string): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      const team = await this.manageable(manager, actor, teamId);
      if (!(await this.repository.deleteMember(manager, team.id, memberId))) {
        throw notFound();
      }
    });
  }

  /** Creates a team with its members inside the caller's transaction (the demo seed). */
  async seedTeam(
    manager: EntityManager,
    organisationId: string,
    team: NewTeam,
    members: { memberId: string; teamRole: TeamRole }[],
  ): Promise<string> {
    const name = normaliseTeamName(team.name);
    const created = await this.repository.insertTeam(manager, {
      organisationId,
      name,
      nameKey: teamNameKey(name),
      description: normaliseTeamDescription(team.description),
    });
    for (const member of members) {
      await this.repository.upsertMember(manager, created.id, member.memberId, member.teamRole);
    }
    return created.id;
  }

  // ---- Internals ----------------------------------------------------------------------------

  /** The team, locked, when the actor may manage its members: 404 unseen, 403 seen but not theirs. */
  private async manageable(
    manager: EntityManager,
    actor: TeamActor,
    teamId: string,
  ): Promise<TeamEntity> {
    const team = await this.repository.findTeam(actor.organisationId, teamId, manager, true);
    if (!team) {
      throw notFound();
    }
    const mine = await this.repository.teamsOfUser(actor.organisationId, actor.userId, manager);
    const myRole = mine.find((row) => row.teamId === team.id)?.teamRole ?? null;
    if (!seesAllTeams(actor.role) && myRole === null) {
      throw notFound();
    }
    if (!canManageTeamMembers(actor.role, myRole)) {
      throw forbidden();
    }
    return team;
  }

  private async detailWith(
    manager: EntityManager,
    actor: TeamActor,
    teamId: string,
  ): Promise<TeamDetail> {
    const team = await this.repository.findTeam(actor.organisationId, teamId, manager);
    if (!team) {
      throw notFound();
    }
    const members = await this.repository.membersOf(actor.organisationId, [team.id], manager);
    const myRole = members.find((row) => row.userId === actor.userId)?.teamRole ?? null;
    if (!seesAllTeams(actor.role) && myRole === null) {
      throw notFound();
    }
    return {
      ...toSummary(team, members, myRole),
      members: members.map(toMember),
      canManageMembers: canManageTeamMembers(actor.role, myRole),
    };
  }

  private nameTaken(error: unknown, name: string): unknown {
    return isUniqueViolation(error, NAME_TAKEN)
      ? new ProblemException(409, 'team-name-taken', { name })
      : error;
  }
}

function toSummary(team: TeamEntity, members: TeamMemberRow[], myRole: TeamRole | null) {
  return {
    id: team.id,
    name: team.name,
    description: team.description,
    memberCount: members.length,
    leads: members
      .filter((row) => row.teamRole === 'lead')
      .map((row) => ({ memberId: row.memberId, displayName: row.displayName })),
    myRole,
    createdAt: team.createdAt.toISOString(),
  } satisfies TeamSummary;
}

function toMember(row: TeamMemberRow): TeamMember {
  return {
    memberId: row.memberId,
    userId: row.userId,
    displayName: row.displayName,
    email: row.email,
    organisationRole: row.organisationRole,
    teamRole: row.teamRole,
    addedAt: new Date(row.addedAt).toISOString(),
  };
}
