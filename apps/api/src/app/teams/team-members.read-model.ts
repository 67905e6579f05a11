import { MemberRole, TeamRole } from '@labelklaar/domain';

import { DataSource, EntityManager } from 'typeorm';

import { MembershipEntity } from '../organisations/entities/membership.entity';
import { TeamMemberEntity } from './entities/team-member.entity';
import { TeamEntity } from './entities/team.entity';

export interface TeamMemberRow {
  teamId: string;
  memberId: string;
  userId: string;
  displayName: string;
  email: string;
  organisationRole: MemberRole;
  teamRole: TeamRole;
  addedAt: Date;
}

export interface TeamOfUserRow {
  teamId: string;
  name: string;
  teamRole: TeamRole;
}

/**
 * The teams context's read of the organisations' memberships: who is in a team, in which teams a
 * person is, and whether a member id belongs to the organisation. The teams repository extends it.
 */
export abstract class TeamMembersReadModel {
  protected constructor(protected readonly dataSource: DataSource) {}

  /** The members of the given teams (all of the organisation's when `teamIds` is null), by name. */
  membersOf(
    organisationId: string,
    teamIds: string[] | null,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<TeamMemberRow[]> {
    const query = manager
      .createQueryBuilder(TeamMemberEntity, 'tm')
      .innerJoin(TeamEntity, 't', 't.id = tm.team_id')
      .innerJoin(MembershipEntity, 'm', 'm.id = tm.membership_id')
      .innerJoin('m.user', 'u')
      .select([
        'tm.team_id AS "teamId"',
        'm.id AS "memberId"',
        'm.user_id AS "userId"',
        'u.display_name AS "displayName"',
        'u.email AS "email"',
        'm.role AS "organisationRole"',
        'tm.team_role AS "teamRole"',
        'tm.created_at AS "addedAt"',
      ])
      .where('t.organisation_id = :organisationId', { organisationId })
      .andWhere('m.organisation_id = :organisationId', { organisationId });
    if (teamIds) {
      if (teamIds.length === 0) {
        return Promise.resolve([]);
      }
      query.andWhere('tm.team_id IN (:...teamIds)', { teamIds });
    }
    return query
      .orderBy('u.display_name', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .getRawMany<TeamMemberRow>();
  }

  /** The teams a user is in within the organisation, with their role in each, by name. */
  teamsOfUser(
    organisationId: string,
    userId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<TeamOfUserRow[]> {
    return manager
      .createQueryBuilder(TeamMemberEntity, 'tm')
      .innerJoin(TeamEntity, 't', 't.id = tm.team_id')
      .innerJoin(MembershipEntity, 'm', 'm.id = tm.membership_id')
      .select(['t.id AS "teamId"', 't.name AS "name"', 'tm.team_role AS "teamRole"'])
      .where('t.organisation_id = :organisationId', { organisationId })
      .andWhere('m.organisation_id = :organisationId', { organisationId })
      .andWhere('m.user_id = :userId', { userId })
      .orderBy('t.name_key', 'ASC')
      .getRawMany<TeamOfUserRow>();
  }

  findMembership(
    organisationId: string,
    memberId: string,
    manager: EntityManager,
  ): Promise<MembershipEntity | null> {
    return manager.getRepository(MembershipEntity).findOneBy({ id: memberId, organisationId });
  }
}
