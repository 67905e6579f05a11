import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { UserEntity } from '../../auth/entities/user.entity';

/** At most one reminder digest a person a day (Europe/Amsterdam): the row is the proof it went. */
@Entity('notification_digests')
export class NotificationDigestEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_notification_digests' })
  userId: string;

  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'pk_notification_digests' })
  day: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_notification_digests_user_id' })
  user?: UserEntity;

  /** How many notifications the digest carried. */
  @Column({ type: 'int' })
  itemCount: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
