import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager } from 'typeorm';

import { LearningRecordEntity } from './entities/learning-record.entity';

export type NewLearningRecord = Omit<LearningRecordEntity, 'id'>;

const NO_TEAM = '00000000-0000-0000-0000-000000000000';

export interface LearningRecordScope {
  /** Records of these teams (null: every team's). */
  teamIds: string[] | null;
  /** Whether the organisation's own records (no team) are in scope. */
  withOrganisation: boolean;
  kind?: string;
  range?: { from: string; to: string };
}

/** Every query of the learning records context. */
@Injectable()
export class LearningRecordsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Newest first. */
  list(organisationId: string, scope: LearningRecordScope): Promise<LearningRecordEntity[]> {
    const query = this.dataSource
      .getRepository(LearningRecordEntity)
      .createQueryBuilder('record')
      .where('record.organisationId = :organisationId', { organisationId });
    const { teamIds, withOrganisation } = scope;
    query.andWhere(
      new Brackets((where) => {
        if (teamIds) {
          where.where('record.teamId IN (:...teamIds)', { teamIds: [...teamIds, NO_TEAM] });
        } else {
          where.where('record.teamId IS NOT NULL');
        }
        if (withOrganisation) {
          where.orWhere('record.teamId IS NULL');
        }
      }),
    );
    if (scope.kind) {
      query.andWhere('record.kind = :kind', { kind: scope.kind });
    }
    if (scope.range) {
      query.andWhere('record.date BETWEEN :from AND :to', scope.range);
    }
    return query.orderBy('record.date', 'DESC').addOrderBy('record.createdAt', 'DESC').getMany();
  }

  find(organisationId: string, recordId: string): Promise<LearningRecordEntity | null> {
    return this.dataSource
      .getRepository(LearningRecordEntity)
      .findOne({ where: { id: recordId, organisationId } });
  }

  save(manager: EntityManager, record: NewLearningRecord | LearningRecordEntity) {
    const repository = manager.getRepository(LearningRecordEntity);
    return repository.save(repository.create(record));
  }

  async remove(manager: EntityManager, recordId: string): Promise<void> {
    await manager.getRepository(LearningRecordEntity).delete({ id: recordId });
  }
}
