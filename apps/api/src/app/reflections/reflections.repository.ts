import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, In } from 'typeorm';

import { ReflectionEntity } from './entities/reflection.entity';

export type NewReflection = Omit<ReflectionEntity, 'id'>;

export interface ReflectionFilter {
  userId: string;
  /** Shared reflections of these teams are readable (besides the user's own). */
  teamIds: string[];
  teamId?: string;
  scope?: 'mine' | 'shared';
}

/** Every query of the reflections context. */
@Injectable()
export class ReflectionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** What the user may read, newest first: their own, and what their teams shared. */
  list(organisationId: string, filter: ReflectionFilter): Promise<ReflectionEntity[]> {
    const query = this.dataSource
      .getRepository(ReflectionEntity)
      .createQueryBuilder('reflection')
      .where('reflection.organisationId = :organisationId', { organisationId });
    const own = 'reflection.authorUserId = :userId';
    const shared = 'reflection.isShared AND reflection.teamId IN (:...teamIds)';
    const params = {
      userId: filter.userId,
      teamIds: [...filter.teamIds, '00000000-0000-0000-0000-000000000000'],
    };
    if (filter.scope === 'mine') {
      query.andWhere(own, params);
    } else if (filter.scope === 'shared') {
      query.andWhere(shared, params);
    } else {
      query.andWhere(new Brackets((where) => where.where(own, params).orWhere(shared, params)));
    }
    if (filter.teamId) {
      query.andWhere('reflection.teamId = :teamId', { teamId: filter.teamId });
    }
    return query
      .orderBy('reflection.date', 'DESC')
      .addOrderBy('reflection.createdAt', 'DESC')
      .getMany();
  }

  find(
    organisationId: string,
    reflectionId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ReflectionEntity | null> {
    return manager
      .getRepository(ReflectionEntity)
      .findOne({ where: { id: reflectionId, organisationId } });
  }

  /** Everything of a period, for aggregates only (never returned as text). */
  inPeriod(organisationId: string, from: string, to: string, teamIds: string[] | null) {
    const query = this.dataSource
      .getRepository(ReflectionEntity)
      .createQueryBuilder('reflection')
      .select([
        'reflection.id',
        'reflection.teamId',
        'reflection.authorUserId',
        'reflection.date',
        'reflection.decisionKind',
        'reflection.dilemmas',
        'reflection.modelId',
        'reflection.considerations',
        'reflection.isShared',
      ])
      .where('reflection.organisationId = :organisationId', { organisationId })
      .andWhere('reflection.date BETWEEN :from AND :to', { from, to });
    if (teamIds) {
      query.andWhere('reflection.teamId IN (:...teamIds)', {
        teamIds: [...teamIds, '00000000-0000-0000-0000-000000000000'],
      });
    }
    return query.getMany();
  }

  async sharedIds(
    organisationId: string,
    teamId: string,
    ids: readonly string[],
  ): Promise<string[]> {
    const rows = await this.dataSource.getRepository(ReflectionEntity).find({
      select: { id: true },
      where: { organisationId, teamId, isShared: true, id: In([...ids]) },
    });
    return rows.map((row) => row.id);
  }

  save(
    manager: EntityManager,
    reflection: NewReflection | ReflectionEntity,
  ): Promise<ReflectionEntity> {
    const repository = manager.getRepository(ReflectionEntity);
    return repository.save(repository.create(reflection));
  }

  async remove(manager: EntityManager, reflectionId: string): Promise<void> {
    await manager.getRepository(ReflectionEntity).delete({ id: reflectionId });
  }
}
