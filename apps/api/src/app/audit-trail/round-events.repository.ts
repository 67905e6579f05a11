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

  /**
   * The INSERT of `event` as SQL to embed in a data-modifying CTE, inserting only when the CTE
   * named `condition` returned a row: a change and its event in one statement. Appends the
   * values to `params` and refers to them by position.
   */
  insertWhen(condition: string, event: NewRoundEvent, params: unknown[]): string {
    const columns: [string, unknown][] = [
      ['organisation_id', event.organisationId],
      ['round_id', event.roundId],
      ['criterion_code', event.criterionCode],
      ['subject', event.subject],
      ['subject_id', event.subjectId],
      ['type', event.type],
      ['actor_user_id', event.actorUserId],
      ['actor_name', event.actorName],
      ['occurred_at', event.occurredAt],
      ['before', event.before === null ? null : JSON.stringify(event.before)],
      ['after', event.after === null ? null : JSON.stringify(event.after)],
    ];
    const values = columns.map(([name, value]) => {
      params.push(value);
      const cast = name === 'before' || name === 'after' ? '::jsonb' : '';
      return `$${params.length}${cast}`;
    });
    return `INSERT INTO round_events (${columns.map(([name]) => name).join(', ')})
      SELECT ${values.join(', ')} WHERE EXISTS (SELECT 1 FROM ${condition})`;
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
