import type { NotificationCategory, NotificationDelivery } from '@labelklaar/domain';

import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';

import { UserEntity } from '../../auth/entities/user.entity';

/** A person's choice for one category; without a row the category's default applies. */
@Entity('notification_preferences')
export class NotificationPreferenceEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_notification_preferences' })
  userId: string;

  @PrimaryColumn({
    type: 'varchar',
    length: 40,
    primaryKeyConstraintName: 'pk_notification_preferences',
  })
  category: NotificationCategory;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_notification_preferences_user_id' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 10 })
  delivery: NotificationDelivery;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
