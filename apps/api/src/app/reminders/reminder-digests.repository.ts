import { DigestItem, NOTIFICATION_RETENTION_DAYS } from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export interface DigestRecipient {
  userId: string;
  email: string;
  language: 'nl' | 'en';
}

interface ClaimedRow {
  id: string;
  user_id: string;
  organisation_id: string | null;
  category: DigestItem['category'];
  kind: string;
  params: DigestItem['params'];
  link: string;
}

/** A digest carries what is waiting for it, unless the person has since switched it off. */
const WAITING = `n.delivery = 'digest' AND n.mailed_at IS NULL
  AND n.created_at > now() - make_interval(days => ${NOTIFICATION_RETENTION_DAYS})
  AND NOT EXISTS (SELECT 1 FROM notification_preferences p
                   WHERE p.user_id = n.user_id AND p.category = n.category AND p.delivery = 'off')`;

@Injectable()
export class ReminderDigestsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Everyone with something waiting who has had no digest on `day`, with address and language. */
  recipients(day: string): Promise<DigestRecipient[]> {
    return this.dataSource.query(
      `SELECT u.id AS "userId", u.email, u.language FROM users u
        WHERE EXISTS (SELECT 1 FROM notifications n WHERE n.user_id = u.id AND ${WAITING})
          AND NOT EXISTS (SELECT 1 FROM notification_digests d WHERE d.user_id = u.id AND d.day = $1::date)
        ORDER BY u.id`,
      [day],
    );
  }

  async organisationNames(): Promise<Map<string, string>> {
    const rows: { id: string; name: string }[] = await this.dataSource.query(
      'SELECT id, name FROM organisations',
    );
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  /**
   * Marks what is waiting for `userId` as mailed now and returns it; the caller's transaction
   * makes that stick only together with the digest row and the queued mail.
   */
  async claim(
    manager: EntityManager,
    userId: string,
  ): Promise<Omit<DigestItem, 'organisationName'>[]> {
    const [rows]: [ClaimedRow[], number] = await manager.query(
      `UPDATE notifications n SET mailed_at = now()
        WHERE n.user_id = $1 AND ${WAITING}
        RETURNING n.id, n.user_id, n.organisation_id, n.category, n.kind, n.params, n.link`,
      [userId],
    );
    return rows.map((row) => ({
      notificationId: row.id,
      userId: row.user_id,
      organisationId: row.organisation_id,
      roundId: typeof row.params['roundId'] === 'string' ? row.params['roundId'] : null,
      roundTitle: typeof row.params['roundTitle'] === 'string' ? row.params['roundTitle'] : null,
      category: row.category,
      kind: row.kind,
      params: row.params,
      link: row.link,
    }));
  }

  /** False when this person already has the day's digest: then nothing may be sent. */
  async recordDigest(
    manager: EntityManager,
    userId: string,
    day: string,
    itemCount: number,
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO notification_digests (user_id, day, item_count) VALUES ($1, $2::date, $3)
       ON CONFLICT DO NOTHING RETURNING user_id`,
      [userId, day, itemCount],
    );
    return rows.length === 1;
  }
}
