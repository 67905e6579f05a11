import { TeamRole } from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { TeamMemberEntity } from './entities/team-member.entity';
import { TeamEntity } from './entities/team.entity';
import { TeamMembersReadModel } from './team-members.read-model';

export type { TeamMemberRow, TeamOfUserRow } from './team-members.read-model';

/** Every query of the teams context; methods take the organisation id first. */
@Injectable()
export class TeamsRepository extends TeamMembersReadModel {
  constructor(@InjectDataSource() dataSource: DataSource) {
    super(dataSource);
  }

  listTeams(
    organisationId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<TeamEntity[]> {
    return manager.getRepository(TeamEntity).find({
      where: { organisationId },
      order: { nameKey: 'ASC', id: 'ASC' },
    });
  }

  findTeam(
    organisationId: string,
    teamId: string,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<TeamEntity | null> {
    return manager.getRepository(TeamEntity).findOne({
      where: { id: teamId, organisationId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  insertTeam(manager: EntityManager, team: Omit<TeamEntity, 'id' | 'createdAt'>) {
    const repository = manager.getRepository(TeamEntity);
    return repository.save(repository.create(team));
  }

  async updateTeam(
    manager: EntityManager,
    teamId: string,
    changes: Partial<Pick<TeamEntity, 'name' | 'nameKey' | 'description'>>,
  ): Promise<void> {
    await manager.getRepository(TeamEntity).update({ id: teamId }, changes);
  }

  async deleteTeam(manager: EntityManager, teamId: string): Promise<void> {
    await manager.getRepository(TeamEntity).delete({ id: teamId });
  }

  /** Adds the member to the team, or changes their role in it. */
  async upsertMember(
    manager: EntityManager,
    teamId: string,
    membershipId: string,
    teamRole: TeamRole,
  ): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(TeamMemberEntity)
      .values({ teamId, membershipId, teamRole })
      .orUpdate(['team_role'], ['team_id', 'membership_id'])
      .execute();
  }

  /** True when the member was in the team. */
  async deleteMember(manager: EntityManager, teamId: string, membershipId: string) {
    const result = await manager.getRepository(TeamMemberEntity).delete({ teamId, membershipId });
    return (result.affected ?? 0) > 0;
  }
}
