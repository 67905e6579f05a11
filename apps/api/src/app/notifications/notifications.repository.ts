import { NotificationCategory, NotificationDelivery, NotificationParams } from '@labelklaar/domain';

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface NewNotification {
  userId: string;
  organisationId: string | null;
  category: NotificationCategory;
  kind: string;
  params: NotificationParams;
  link: string;
  delivery: NotificationDelivery;
  dedupeKey: string | null;
  createdAt: Date;
  /** Set when the mail goes at once, in the same transaction. */
  mailedAt: Date | null;
}

export interface NotificationRow {
  id: string;
  organisationId: string | null;
  category: NotificationCategory;
  kind: string;
  params: NotificationParams;
  link: string;
  createdAt: Date;
  readAt: Date | null;
}

const COLUMNS = `id, organisation_id AS "organisationId", category, kind, params, link,
  created_at AS "createdAt", read_at AS "readAt"`;

export interface Recipient {
  email: string;
  language: string;
}

/** Every query of the notification centre and its preferences. */
@Injectable()
export class NotificationsRepository {
  async preferencesOf(
    manager: EntityManager,
    userId: string,
  ): Promise<Partial<Record<NotificationCategory, NotificationDelivery>>> {
    const rows: { category: NotificationCategory; delivery: NotificationDelivery }[] =
      await manager.query(
        'SELECT category, delivery FROM notification_preferences WHERE user_id = $1',
        [userId],
      );
    return Object.fromEntries(rows.map((row) => [row.category, row.delivery]));
  }

  /** The choices of several people at once, by user id (people without any are left out). */
  async preferencesOfMany(
    manager: EntityManager,
    userIds: readonly string[],
  ): Promise<Map<string, Partial<Record<NotificationCategory, NotificationDelivery>>>> {
    const rows: {
      userId: string;
      category: NotificationCategory;
      delivery: NotificationDelivery;
    }[] = await manager.query(
      `SELECT user_id AS "userId", category, delivery FROM notification_preferences
        WHERE user_id = ANY($1::uuid[])`,
      [userIds],
    );
    const byUser = new Map<string, Partial<Record<NotificationCategory, NotificationDelivery>>>();
    for (const row of rows) {
      byUser.set(row.userId, { ...byUser.get(row.userId), [row.category]: row.delivery });
    }
    return byUser;
  }

  /** The new notification's id; null when the person already has one with that dedupe key. */
  async insert(manager: EntityManager, row: NewNotification): Promise<string | null> {
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO notifications
         (user_id, organisation_id, category, kind, params, link, delivery, dedupe_key, created_at,
          mailed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (user_id, dedupe_key) DO NOTHING
       RETURNING id`,
      [
        row.userId,
        row.organisationId,
        row.category,
        row.kind,
        JSON.stringify(row.params),
        row.link,
        row.delivery,
        row.dedupeKey,
        row.createdAt,
        row.mailedAt,
      ],
    );
    return inserted[0]?.id ?? null;
  }

  /** Address and language of each person, by user id. */
  async recipients(
    manager: EntityManager,
    userIds: readonly string[],
  ): Promise<Map<string, Recipient>> {
    const rows: (Recipient & { id: string })[] = await manager.query(
      'SELECT id, email, language FROM users WHERE id = ANY($1::uuid[])',
      [userIds],
    );
    return new Map(rows.map(({ id, email, language }) => [id, { email, language }]));
  }

  async setPreference(
    manager: EntityManager,
    userId: string,
    category: NotificationCategory,
    delivery: NotificationDelivery,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO notification_preferences (user_id, category, delivery) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, category) DO UPDATE SET delivery = EXCLUDED.delivery, updated_at = now()`,
      [userId, category, delivery],
    );
  }

  /** Answers how many went. */
  async deleteCreatedBefore(manager: EntityManager, cutoff: Date): Promise<number> {
    const result: [unknown[], number] = await manager.query(
      'DELETE FROM notifications WHERE created_at < $1',
      [cutoff],
    );
    return result[1];
  }

  /** Newest first, since `since`; after `before` (a notification of the same person) when given. */
  async page(
    manager: EntityManager,
    userId: string,
    since: Date,
    before: string | undefined,
    limit: number,
  ): Promise<NotificationRow[]> {
    const cursor = before
      ? `AND (created_at, id) < (SELECT created_at, id FROM notifications
           WHERE id = $4 AND user_id = $1)`
      : '';
    return manager.query(
      `SELECT ${COLUMNS} FROM notifications
        WHERE user_id = $1 AND created_at >= $2 ${cursor}
        ORDER BY created_at DESC, id DESC LIMIT $3`,
      before ? [userId, since, limit, before] : [userId, since, limit],
    );
  }

  async unreadCount(manager: EntityManager, userId: string, since: Date): Promise<number> {
    const rows: { count: string }[] = await manager.query(
      `SELECT count(*) AS count FROM notifications
        WHERE user_id = $1 AND created_at >= $2 AND read_at IS NULL`,
      [userId, since],
    );
    return Number(rows[0]?.count ?? 0);
  }

  /** Only the person's own: ids of others simply match nothing. `ids` null: all of them. */
  async markRead(
    manager: EntityManager,
    userId: string,
    ids: string[] | null,
    at: Date,
  ): Promise<void> {
    await manager.query(
      `UPDATE notifications SET read_at = $2
        WHERE user_id = $1 AND read_at IS NULL AND ($3::uuid[] IS NULL OR id = ANY($3::uuid[]))`,
      [userId, at, ids],
    );
  }

  async userExists(manager: EntityManager, userId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query('SELECT 1 FROM users WHERE id = $1', [userId]);
    return rows.length > 0;
  }
}
