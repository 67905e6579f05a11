import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

import { RoundEventEntity } from './entities/round-event.entity';

export type NewRoundEvent = Omit<RoundEventEntity, 'id' | 'sequence'>;

export interface SnapshotRow {
  id: string;
  before: RoundEventEntity['before'];
  after: RoundEventEntity['after'];
}

/**
 * Every query of the audit trail: it inserts and reads, and only the erasure of a person's account
 * (their name) or of a whole organisation changes rows, through the guard's narrow openings.
 */
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

  /** Opens the guard for this transaction to rewrite names of `userId` (see the migration). */
  async openForPseudonymisation(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`SELECT set_config('labelklaar.pseudonymise_user', $1, true)`, [userId]);
  }

  async closeForPseudonymisation(manager: EntityManager): Promise<void> {
    await manager.query(`SELECT set_config('labelklaar.pseudonymise_user', '', true)`);
  }

  async renameActor(manager: EntityManager, userId: string, name: string): Promise<void> {
    await manager.query(`UPDATE round_events SET actor_name = $2 WHERE actor_user_id = $1`, [
      userId,
      name,
    ]);
  }

  /** The events whose snapshots mention any of `texts`, ignoring case. */
  snapshotsMentioning(manager: EntityManager, texts: string[]): Promise<SnapshotRow[]> {
    return manager.query(
      `SELECT id, before, after FROM round_events e
        WHERE EXISTS (SELECT 1 FROM unnest($1::text[]) AS t(text)
                       WHERE strpos(lower(coalesce(e.before::text, '')), lower(t.text)) > 0
                          OR strpos(lower(coalesce(e.after::text, '')), lower(t.text)) > 0)`,
      [texts],
    );
  }

  async setSnapshots(manager: EntityManager, row: SnapshotRow): Promise<void> {
    await manager.query(`UPDATE round_events SET before = $2, after = $3 WHERE id = $1`, [
      row.id,
      row.before === null ? null : JSON.stringify(row.before),
      row.after === null ? null : JSON.stringify(row.after),
    ]);
  }
}
