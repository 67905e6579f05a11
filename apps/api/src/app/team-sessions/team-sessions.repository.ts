import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { TeamSessionEntity } from './entities/team-session.entity';

export type NewTeamSession = Omit<TeamSessionEntity, 'id'>;

const NO_TEAM = '00000000-0000-0000-0000-000000000000';

/** Every query of the team sessions context. */
@Injectable()
export class TeamSessionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Sessions of the given teams (null: all of the organisation), newest first. */
  list(
    organisationId: string,
    teamIds: string[] | null,
    range?: { from: string; to: string },
  ): Promise<TeamSessionEntity[]> {
    const query = this.dataSource
      .getRepository(TeamSessionEntity)
      .createQueryBuilder('session')
      .where('session.organisationId = :organisationId', { organisationId });
    if (teamIds) {
      query.andWhere('session.teamId IN (:...teamIds)', { teamIds: [...teamIds, NO_TEAM] });
    }
    if (range) {
      query.andWhere('session.date BETWEEN :from AND :to', range);
    }
    return query.orderBy('session.date', 'DESC').addOrderBy('session.createdAt', 'DESC').getMany();
  }

  find(organisationId: string, sessionId: string): Promise<TeamSessionEntity | null> {
    return this.dataSource
      .getRepository(TeamSessionEntity)
      .findOne({ where: { id: sessionId, organisationId } });
  }

  save(manager: EntityManager, session: NewTeamSession | TeamSessionEntity) {
    const repository = manager.getRepository(TeamSessionEntity);
    return repository.save(repository.create(session));
  }

  async remove(manager: EntityManager, sessionId: string): Promise<void> {
    await manager.getRepository(TeamSessionEntity).delete({ id: sessionId });
  }
}
