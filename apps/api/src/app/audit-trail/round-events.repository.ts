import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

import { RoundEventEntity } from './entities/round-event.entity';

export type NewRoundEvent = Omit<RoundEventEntity, 'id' | 'sequence'>;

/** Every query of the audit trail: it only ever inserts and reads. */
@Injectable()
export class RoundEventsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, events: NewRoundEvent[]): Promise<void> {
    if (events.length > 0) {
      // jsonb snapshots are plain data; the query builder takes them as they are.
      await manager
        .createQueryBuilder()
        .insert()
        .into(RoundEventEntity)
        .values(events as QueryDeepPartialEntity<RoundEventEntity>[])
        .execute();
    }
  }

  list(
    organisationId: string,
    roundId: string,
    criterionCode: string | null,
  ): Promise<RoundEventEntity[]> {
    return this.dataSource.getRepository(RoundEventEntity).find({
      where: { organisationId, roundId, ...(criterionCode !== null && { criterionCode }) },
      order: { sequence: 'ASC' },
    });
  }
}
