import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { CriterionCommentEntity } from './entities/criterion-comment.entity';

export type NewComment = Omit<CriterionCommentEntity, 'id'>;

/** Every query of the comments context. */
@Injectable()
export class CommentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The thread of one criterion, oldest first. */
  list(
    organisationId: string,
    roundId: string,
    criterionCode: string,
  ): Promise<CriterionCommentEntity[]> {
    return this.dataSource.getRepository(CriterionCommentEntity).find({
      where: { organisationId, roundId, criterionCode },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  find(
    manager: EntityManager,
    organisationId: string,
    roundId: string,
    criterionCode: string,
    commentId: string,
  ): Promise<CriterionCommentEntity | null> {
    return manager.getRepository(CriterionCommentEntity).findOne({
      where: { id: commentId, organisationId, roundId, criterionCode },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async remove(manager: EntityManager, commentId: string): Promise<void> {
    await manager.getRepository(CriterionCommentEntity).delete({ id: commentId });
  }

  insert(manager: EntityManager, comment: NewComment): Promise<CriterionCommentEntity> {
    const repository = manager.getRepository(CriterionCommentEntity);
    return repository.save(repository.create(comment));
  }
}
