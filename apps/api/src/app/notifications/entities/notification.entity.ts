import type { NotificationCategory, NotificationDelivery } from '@labelklaar/domain';

import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

import { UserEntity } from '../../auth/entities/user.entity';
import { OrganisationEntity } from '../../organisations/entities/organisation.entity';

/**
 * One thing a person was told, in the notification centre (kept 90 days). The mail it causes
 * follows `delivery`, fixed when it was created: at once, in the next daily digest, or none.
 */
@Entity('notifications')
@Index('uq_notifications_user_id_dedupe_key', ['userId', 'dedupeKey'], { unique: true })
@Index('idx_notifications_user_id_created_at', ['userId', 'createdAt'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_notifications' })
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_notifications_user_id' })
  user?: UserEntity;

  /** The organisation the event belongs to; null for events outside one. */
  @Index('idx_notifications_organisation_id')
  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'fk_notifications_organisation_id',
  })
  organisation?: OrganisationEntity;

  @Column({ type: 'varchar', length: 40 })
  category: NotificationCategory;

  /** The event within the category, e.g. `deadline-in-7-days`; names the text shown. */
  @Column({ type: 'varchar', length: 60 })
  kind: string;

  /** The values the text needs (round title, criterion code, date…), rendered per language. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  params: Record<string, string | number | null>;

  /** Path in the web app the notification leads to, e.g. `/rounds/…/criteria/VM1`. */
  @Column({ type: 'varchar', length: 500 })
  link: string;

  @Column({ type: 'varchar', length: 10 })
  delivery: NotificationDelivery;

  /** Makes a job that runs twice create nothing twice: person, category, subject and day. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  dedupeKey: string | null;

  /** When the mail of this notification was queued (at once or in a digest); null: not yet or never. */
  @Column({ type: 'timestamptz', nullable: true })
  mailedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
