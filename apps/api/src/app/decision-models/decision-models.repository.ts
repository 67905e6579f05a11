import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';

import { DecisionModelEntity } from './entities/decision-model.entity';

/** Whose models: the label owner's library (organisation null) or one organisation's own. */
export interface ModelOwner {
  organisationId: string | null;
}

export const ownerKeyOf = (owner: ModelOwner) => owner.organisationId ?? 'label';

/** Every query of the decision models context. */
@Injectable()
export class DecisionModelsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** The published versions of the label owner and, when given, of one organisation. */
  published(organisationId: string | null): Promise<DecisionModelEntity[]> {
    const keys = organisationId ? ['label', organisationId] : ['label'];
    return this.dataSource
      .getRepository(DecisionModelEntity)
      .createQueryBuilder('d')
      .where('d.status = :status', { status: 'published' })
      .andWhere('d.ownerKey IN (:...keys)', { keys })
      .getMany();
  }

  drafts(owner: ModelOwner): Promise<DecisionModelEntity[]> {
    return this.dataSource.getRepository(DecisionModelEntity).find({
      where: {
        status: 'draft',
        organisationId: owner.organisationId ?? IsNull(),
        ownerKey: ownerKeyOf(owner),
      },
      order: { updatedAt: 'DESC', id: 'ASC' },
    });
  }

  findDraft(
    owner: ModelOwner,
    draftId: string,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<DecisionModelEntity | null> {
    return manager.getRepository(DecisionModelEntity).findOne({
      where: { id: draftId, status: 'draft', ownerKey: ownerKeyOf(owner) },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  /** Serialises publishing per owner: two publications of the same id wait for each other. */
  async lockOwner(manager: EntityManager, owner: ModelOwner): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
      `decision-models:${ownerKeyOf(owner)}`,
    ]);
  }

  publishedOf(
    manager: EntityManager,
    ownerKey: string,
    modelId: string,
  ): Promise<DecisionModelEntity[]> {
    return manager
      .getRepository(DecisionModelEntity)
      .find({ where: { ownerKey, modelId, status: 'published' } });
  }

  save(manager: EntityManager, entity: DecisionModelEntity): Promise<DecisionModelEntity> {
    return manager.getRepository(DecisionModelEntity).save(entity);
  }

  create(values: Partial<DecisionModelEntity>): DecisionModelEntity {
    return this.dataSource.getRepository(DecisionModelEntity).create(values);
  }

  async remove(manager: EntityManager, id: string): Promise<void> {
    await manager.getRepository(DecisionModelEntity).delete({ id });
  }
}
