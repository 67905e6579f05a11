import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { RubricDraftEntity } from './entities/rubric-draft.entity';
import { RubricHistoryEntity, RubricHistoryType } from './entities/rubric-history.entity';
import { RubricVersionEntity } from './entities/rubric-version.entity';

export interface HistoryEntry {
  rubricId: string;
  version: string | null;
  draftId?: string | null;
  type: RubricHistoryType;
  actorUserId: string | null;
  actorName: string | null;
  detail?: Record<string, string | number | boolean | null> | null;
}

/** Drafts, the rubric history, and the two writes a frozen version allows: insert and retire. */
@Injectable()
export class RubricAuthoringRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  versions(manager: EntityManager = this.dataSource.manager): Promise<RubricVersionEntity[]> {
    return manager
      .getRepository(RubricVersionEntity)
      .find({ order: { rubricId: 'ASC', effectiveDate: 'ASC', loadedAt: 'ASC' } });
  }

  versionsOf(rubricId: string, manager: EntityManager = this.dataSource.manager) {
    return manager.getRepository(RubricVersionEntity).findBy({ rubricId });
  }

  version(rubricId: string, version: string, manager: EntityManager = this.dataSource.manager) {
    return manager.getRepository(RubricVersionEntity).findOneBy({ rubricId, version });
  }

  drafts(manager: EntityManager = this.dataSource.manager): Promise<RubricDraftEntity[]> {
    return manager
      .getRepository(RubricDraftEntity)
      .find({ order: { rubricId: 'ASC', createdAt: 'ASC' } });
  }

  draft(
    rubricId: string,
    draftId: string,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<RubricDraftEntity | null> {
    return manager.getRepository(RubricDraftEntity).findOne({
      where: { id: draftId, rubricId },
      ...(lock && { lock: { mode: 'pessimistic_write' as const } }),
    });
  }

  async insertDraft(
    manager: EntityManager,
    row: Pick<RubricDraftEntity, 'rubricId' | 'baseVersion' | 'origin' | 'content'> & {
      actorUserId: string;
      actorName: string;
    },
  ): Promise<RubricDraftEntity> {
    const repository = manager.getRepository(RubricDraftEntity);
    return repository.save(
      repository.create({
        rubricId: row.rubricId,
        baseVersion: row.baseVersion,
        origin: row.origin,
        content: row.content,
        version: 1,
        createdById: row.actorUserId,
        updatedById: row.actorUserId,
        updatedByName: row.actorName,
      }),
    );
  }

  /** Writes on condition that the draft is still at `version`; false when someone saved first. */
  async updateDraft(
    manager: EntityManager,
    draftId: string,
    version: number,
    patch: { content: unknown; updatedById: string; updatedByName: string },
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(RubricDraftEntity)
      .set({
        content: patch.content as object,
        updatedById: patch.updatedById,
        updatedByName: patch.updatedByName,
        updatedAt: () => 'now()',
        version: () => 'version + 1',
      })
      .where('id = :draftId AND version = :version', { draftId, version })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  async deleteDraft(manager: EntityManager, draftId: string): Promise<void> {
    await manager.getRepository(RubricDraftEntity).delete({ id: draftId });
  }

  /** The first insert wins (several instances may start, or two admins publish, at once). */
  async insertVersion(
    manager: EntityManager,
    row: Omit<RubricVersionEntity, 'id' | 'loadedAt' | 'retiredAt'>,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(RubricVersionEntity)
      .values(row)
      .orIgnore()
      .returning(['id'])
      .execute();
    return (result.raw as unknown[]).length === 1;
  }

  /** published → retired: the one change the trigger allows on a frozen version. */
  async retire(manager: EntityManager, rubricId: string, version: string): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(RubricVersionEntity)
      .set({ status: 'retired', retiredAt: () => 'now()' })
      .where("rubric_id = :rubricId AND version = :version AND status = 'published'", {
        rubricId,
        version,
      })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  async record(manager: EntityManager, entry: HistoryEntry): Promise<void> {
    await manager.getRepository(RubricHistoryEntity).insert({
      rubricId: entry.rubricId,
      version: entry.version,
      draftId: entry.draftId ?? null,
      type: entry.type,
      actorUserId: entry.actorUserId,
      actorName: entry.actorName,
      detail: entry.detail ?? null,
    });
  }

  history(rubricId: string, manager: EntityManager = this.dataSource.manager) {
    return manager
      .getRepository(RubricHistoryEntity)
      .find({ where: { rubricId }, order: { sequence: 'ASC' } });
  }
}
