import { ActionStatus } from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';

import { ImprovementActionEntity } from './entities/improvement-action.entity';

export type NewAction = Omit<ImprovementActionEntity, 'id' | 'createdAt'>;

export interface ActionFilter {
  roundId?: string;
  criterionCode?: string;
  status?: ActionStatus;
  ownerMembershipId?: string;
  overdueOn?: string;
}

/** Every query of the actions context; methods take the organisation id first. */
@Injectable()
export class ActionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, actions: NewAction[]): Promise<ImprovementActionEntity[]> {
    const repository = manager.getRepository(ImprovementActionEntity);
    return repository.save(actions.map((action) => repository.create(action)));
  }

  find(organisationId: string, id: string, manager: EntityManager = this.dataSource.manager) {
    return manager.getRepository(ImprovementActionEntity).findOneBy({ organisationId, id });
  }

  list(organisationId: string, filter: ActionFilter): Promise<ImprovementActionEntity[]> {
    const query = this.dataSource
      .getRepository(ImprovementActionEntity)
      .createQueryBuilder('a')
      .where('a.organisationId = :organisationId', { organisationId });
    if (filter.roundId) {
      query.andWhere('a.roundId = :roundId', { roundId: filter.roundId });
    }
    if (filter.criterionCode) {
      query.andWhere('a.criterionCode = :criterionCode', { criterionCode: filter.criterionCode });
    }
    if (filter.status) {
      query.andWhere('a.status = :status', { status: filter.status });
    }
    if (filter.ownerMembershipId) {
      query.andWhere('a.ownerMembershipId = :owner', { owner: filter.ownerMembershipId });
    }
    if (filter.overdueOn) {
      query.andWhere("a.status IN ('open', 'in-progress') AND a.dueDate < :today", {
        today: filter.overdueOn,
      });
    }
    return query
      .orderBy('a.dueDate', 'ASC', 'NULLS LAST')
      .addOrderBy('a.createdAt', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
  }

  ofRound(
    roundId: string,
    manager: EntityManager,
    statuses?: ActionStatus[],
  ): Promise<ImprovementActionEntity[]> {
    return manager.getRepository(ImprovementActionEntity).find({
      where: { roundId, ...(statuses && { status: In(statuses) }) },
      order: { criterionCode: 'ASC', createdAt: 'ASC', id: 'ASC' },
    });
  }

  async moveToCriterion(
    manager: EntityManager,
    id: string,
    patch: Pick<ImprovementActionEntity, 'criterionCode' | 'updatedAt' | 'updatedById'>,
  ): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(ImprovementActionEntity)
      .set({
        criterionCode: patch.criterionCode,
        updatedAt: patch.updatedAt,
        updatedById: patch.updatedById,
        version: () => 'version + 1',
      })
      .where('id = :id', { id })
      .execute();
  }

  async update(
    manager: EntityManager,
    action: ImprovementActionEntity,
    expectedVersion: number,
    patch: Partial<ImprovementActionEntity>,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(ImprovementActionEntity)
      .set({ ...patch, version: () => 'version + 1' })
      .where('id = :id AND version = :expectedVersion', { id: action.id, expectedVersion })
      .execute();
    return result.affected === 1;
  }
}
