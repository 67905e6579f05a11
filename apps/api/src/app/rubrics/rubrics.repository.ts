import { RubricStatus } from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { RubricHistoryEntity, RubricHistoryType } from './entities/rubric-history.entity';
import { RubricVersionEntity } from './entities/rubric-version.entity';

@Injectable()
export class RubricsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findAll(): Promise<RubricVersionEntity[]> {
    return this.dataSource
      .getRepository(RubricVersionEntity)
      .find({ order: { rubricId: 'ASC', effectiveDate: 'ASC' } });
  }

  /** The versions of one rubric, status only (no content), inside `manager` when given. */
  findVersions(
    rubricId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Pick<RubricVersionEntity, 'rubricId' | 'version' | 'status'>[]> {
    return manager.getRepository(RubricVersionEntity).find({
      select: { rubricId: true, version: true, status: true },
      where: { rubricId },
    });
  }

  findOne(
    rubricId: string,
    version: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<RubricVersionEntity | null> {
    return manager.getRepository(RubricVersionEntity).findOneBy({ rubricId, version });
  }

  async statusOf(
    rubricId: string,
    version: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<RubricStatus | null> {
    const [row] = await manager.query<{ status: RubricStatus }[]>(
      'SELECT status FROM rubric_versions WHERE rubric_id = $1 AND version = $2',
      [rubricId, version],
    );
    return row?.status ?? null;
  }

  hasHistory(rubricId: string, version: string, type: RubricHistoryType): Promise<boolean> {
    return this.dataSource.getRepository(RubricHistoryEntity).existsBy({ rubricId, version, type });
  }

  async recordLoaded(
    rubricId: string,
    version: string,
    detail: Record<string, string | number | boolean | null>,
  ) {
    await this.dataSource.getRepository(RubricHistoryEntity).insert({
      rubricId,
      version,
      type: 'bundled-file-loaded',
      actorUserId: null,
      actorName: null,
      detail,
    });
  }

  /** Several instances may start at once: the first insert wins, the others see it. */
  async insertIfAbsent(
    row: Omit<RubricVersionEntity, 'id' | 'loadedAt' | 'retiredAt'>,
  ): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(RubricVersionEntity)
      .values(row)
      .orIgnore()
      .execute();
  }

  async updateUnpublished(
    rubricId: string,
    version: string,
    row: Partial<RubricVersionEntity>,
  ): Promise<void> {
    await this.dataSource.getRepository(RubricVersionEntity).update({ rubricId, version }, row);
  }
}
